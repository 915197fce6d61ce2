-- The office's own word lists for moderation, beside the maintained library's: words to
-- point out (DENY) and words the library points out needlessly in this city's texts (ALLOW).
CREATE TABLE moderation_word (
    word VARCHAR(50) NOT NULL,
    kind VARCHAR(5)  NOT NULL,
    PRIMARY KEY (word, kind)
);
