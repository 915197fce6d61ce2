package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;

class CampaignTest {

    static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    static final Duration DAY = Duration.ofDays(1);
    static final String STORY = "她在社区义务教老人用智能手机八年，每周两次，从不间断，还把常见问题编成了大字号的小册子免费发放给大家，深受邻居们喜爱。";

    /** Nominations from day 0, review 10, notice 20, voting 27, counting 37, results 40, archived 60; the official rule, two per category here. */
    static Campaign campaign(Campaign.BallotRules rules) {
        Campaign campaign = Campaign.draft("test-campaign", "测试评选", "简介", new Campaign.Schedule(START, day(10), day(20), day(27), day(37),
                day(40), day(60)), rules, Campaign.NATIONAL_CATEGORIES, START);
        campaign.launch(START);
        return campaign;
    }

    static Instant day(int n) {
        return START.plus(DAY.multipliedBy(n));
    }

    /** Three candidates in each national category, numbered in order. */
    static List<Nominee> candidates(Campaign campaign) {
        List<Nominee> all = new ArrayList<>();
        for (CampaignCategory category : campaign.getCategories()) {
            for (int i = 0; i < 3; i++) {
                Nominee n = Nominee.nominate(campaign, category, new Nominee.Entry(0, "候选人" + all.size(), "滨河区", STORY, NomineeSource.UNIT, null,
                        "江川市总工会", List.of()), day(1));
                n.pass(all.size() + 1, "reviewer", null, day(11));
                all.add(n);
            }
        }
        return all;
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void theDatesDecideThePhaseAndVotesAreTakenExactlyWhileVotingRuns() {
        Campaign campaign = campaign(Campaign.BallotRules.official());
        assertEquals(Phase.NOMINATIONS, campaign.phaseAt(START));
        assertEquals(Phase.NOTICE, campaign.phaseAt(day(27).minusMillis(1)));
        assertFalse(campaign.acceptsVotes(day(27).minusMillis(1)));
        assertTrue(campaign.acceptsVotes(day(27)));
        assertTrue(campaign.acceptsVotes(day(37).minusMillis(1)));
        assertFalse(campaign.acceptsVotes(day(37)));
        assertEquals(Phase.ARCHIVED, campaign.phaseAt(day(400)));
    }

    @Test
    void aDraftDoesNotRunOnItsDates() {
        Campaign draft = Campaign.draft("draft", "草稿", "简介", new Campaign.Schedule(START, day(10), day(20), day(27), day(37), day(40), day(60)),
                Campaign.BallotRules.official(), Campaign.NATIONAL_CATEGORIES, START);
        assertEquals(Phase.DRAFT, draft.phaseAt(day(30)));
        assertFalse(draft.acceptsVotes(day(30)));
        assertTrue(draft.movesDue(day(30)).isEmpty());
    }

    @Test
    void theSchedulerMovesThroughEveryPhaseItMissed() {
        Campaign campaign = campaign(Campaign.BallotRules.official());
        assertEquals(List.of(Phase.NOMINATIONS, Phase.REVIEW, Phase.NOTICE, Phase.VOTING), campaign.movesDue(day(30)));
        campaign.moveTo(Phase.VOTING, day(30));
        assertTrue(campaign.movesDue(day(30)).isEmpty());
        assertEquals(List.of(Phase.COUNTING), campaign.movesDue(day(38)));
    }

    @Test
    void extendingAPhaseMovesEveryLaterPhaseByAsMuch() {
        Campaign campaign = campaign(Campaign.BallotRules.official());
        assertEquals(DAY.multipliedBy(3), campaign.extend(Phase.VOTING, day(40), "投票系统维护", day(30)));
        assertEquals(day(40), campaign.starts().get(Phase.COUNTING));
        assertEquals(day(43), campaign.starts().get(Phase.RESULTS));
        assertEquals(day(63), campaign.starts().get(Phase.ARCHIVED));
        assertEquals(day(27), campaign.starts().get(Phase.VOTING));
        assertTrue(campaign.acceptsVotes(day(39)));
        assertEquals("campaigns.extend.phase", broken(() -> campaign.extend(Phase.NOTICE, day(29), "投票系统维护", day(30))));
        assertEquals("campaigns.extend.later", broken(() -> campaign.extend(Phase.VOTING, day(39), "投票系统维护", day(30))));
    }

    @Test
    void anExtensionNeedsAReason() {
        Campaign campaign = campaign(Campaign.BallotRules.official());
        assertEquals("campaigns.review.reason", broken(() -> campaign.extend(Phase.VOTING, day(40), " ", day(30))));
        assertEquals(day(37), campaign.starts().get(Phase.COUNTING));
    }

    @Test
    void aDraftIsRevisedUntilLaunchedAndKeepsTheCategoriesItStillHas() {
        Campaign draft = Campaign.draft("test-campaign", "测试评选", "简介", new Campaign.Schedule(START, day(10), day(20), day(27), day(37),
                day(40), day(60)), Campaign.BallotRules.official(), Campaign.NATIONAL_CATEGORIES, START);
        CampaignCategory courage = draft.getCategories().get(1);
        List<CampaignCategory> dropped = draft.revise("新标题", "新简介", new Campaign.Schedule(START, day(12), day(20), day(27), day(37),
                day(40), day(60)), Campaign.BallotRules.official(), List.of(new Campaign.CategoryPlan("COURAGE", "见义勇为", 3),
                new Campaign.CategoryPlan("CATEGORY_A", "文明礼让", 1)), START);
        assertEquals(4, dropped.size());
        assertEquals(List.of("见义勇为", "文明礼让"), draft.getCategories().stream().map(CampaignCategory::getName).toList());
        assertSame(courage, draft.getCategories().get(0));
        assertEquals(3, courage.getSeats());
        assertEquals(day(12), draft.starts().get(Phase.REVIEW));
        assertEquals("campaigns.categories.twice", broken(() -> draft.revise("新标题", "新简介", draft.getSchedule(),
                Campaign.BallotRules.official(), List.of(new Campaign.CategoryPlan("COURAGE", "见义勇为", 3),
                        new Campaign.CategoryPlan("CATEGORY_A", "见义勇为", 1)), START)));
        draft.launch(day(1));
        assertEquals("campaigns.revise.launched", broken(() -> draft.revise("新标题", "新简介", draft.getSchedule(),
                Campaign.BallotRules.official(), Campaign.NATIONAL_CATEGORIES, day(2))));
    }

    @Test
    void aCampaignIsLaunchedOnlyWhileItsNominationsCanStillRun() {
        Campaign draft = Campaign.draft("test-campaign", "测试评选", "简介", new Campaign.Schedule(START, day(10), day(20), day(27), day(37),
                day(40), day(60)), Campaign.BallotRules.official(), Campaign.NATIONAL_CATEGORIES, START);
        assertEquals("campaigns.launch.late", broken(() -> draft.launch(day(10))));
        assertFalse(draft.isLaunched());
        draft.launch(day(9));
        assertEquals(Phase.NOMINATIONS, draft.phaseAt(day(9)));
    }

    @Test
    void phasesMustFollowOneAnother() {
        assertEquals("campaigns.schedule.order", broken(() -> Campaign.draft("x-y", "标题", "简介",
                new Campaign.Schedule(START, day(10), day(9), day(27), day(37), day(40), day(60)), Campaign.BallotRules.official(),
                Campaign.NATIONAL_CATEGORIES, START)));
        assertEquals("campaigns.rules.weightsInvalid", broken(() -> campaign(new Campaign.BallotRules(10, 50, BallotFrequency.ONCE,
                VoterCheck.PHONE, false, 50, 0))));
    }

    @Test
    void aBallotKeepsTheCampaignsRules() {
        Campaign campaign = campaign(new Campaign.BallotRules(2, 4, BallotFrequency.ONCE, VoterCheck.PHONE, false, 100, 0));
        List<Nominee> all = candidates(campaign);
        campaign.checkBallot(List.of(all.get(0), all.get(1), all.get(3), all.get(6)), 4);
        assertEquals("campaigns.vote.none", broken(() -> campaign.checkBallot(List.of(), 0)));
        assertEquals("campaigns.vote.tooManyInCategory", broken(() -> campaign.checkBallot(all.subList(0, 3), 3)));
        assertEquals("campaigns.vote.tooMany", broken(() -> campaign.checkBallot(List.of(all.get(0), all.get(3), all.get(6), all.get(9),
                all.get(12)), 5)));
        // One the database did not find (another campaign's id, a made-up one): fewer found than sent.
        assertEquals("campaigns.vote.notCandidate", broken(() -> campaign.checkBallot(List.of(all.get(0)), 2)));
        all.get(4).withdraw("reviewer", "候选人本人申请退出", day(28));
        assertEquals("campaigns.vote.withdrawn", broken(() -> campaign.checkBallot(List.of(all.get(4)), 1)));
        Campaign other = campaign(Campaign.BallotRules.official());
        assertEquals("campaigns.vote.otherCampaign", broken(() -> campaign.checkBallot(List.of(candidates(other).get(0)), 1)));
    }

    @Test
    void onlyCandidatesGoOnTheBallotAndDecisionsEndWithTheReview() {
        Campaign campaign = campaign(Campaign.BallotRules.official());
        CampaignCategory category = campaign.getCategories().get(0);
        Nominee rejected = Nominee.nominate(campaign, category, new Nominee.Entry(0, "张三", "滨河区", STORY, NomineeSource.UNIT, null, "单位", List.of()),
                day(2));
        rejected.reject("reviewer", "事迹材料不完整", day(12));
        assertEquals("campaigns.vote.notCandidate", broken(() -> campaign.checkBallot(List.of(rejected), 1)));
        Nominee late = Nominee.nominate(campaign, category, new Nominee.Entry(0, "李四", "滨河区", STORY, NomineeSource.UNIT, null, "单位", List.of()),
                day(2));
        assertEquals("campaigns.review.over", broken(() -> late.pass(99, "reviewer", null, day(21))));
        assertEquals("campaigns.nominate.closed", broken(() -> Nominee.nominate(campaign, category,
                new Nominee.Entry(0, "王五", "滨河区", STORY, NomineeSource.UNIT, null, "单位", List.of()), day(21))));
    }

    @Test
    void dailyBallotsCountPerDayInTheOfficesTimeZone() {
        Campaign daily = campaign(new Campaign.BallotRules(10, 50, BallotFrequency.DAILY, VoterCheck.PHONE, false, 100, 0));
        // 2026-09-28T15:59Z is 23:59 in 江川; a minute later it is the next day there.
        assertEquals("2026-09-28", daily.votingPeriod(Instant.parse("2026-09-28T15:59:00Z")));
        assertEquals("2026-09-29", daily.votingPeriod(Instant.parse("2026-09-28T16:00:00Z")));
        assertEquals(Campaign.WHOLE_CAMPAIGN, campaign(Campaign.BallotRules.official()).votingPeriod(day(30)));
    }
}
