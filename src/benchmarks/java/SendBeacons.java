import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends exactly TOTAL ad beacons (POST /api/ads/beacon) to the portal at HOST:PORT over CLIENTS
 * keep-alive connections that never pause, each waiting for its answer before the next, the ads
 * taken in turn from AD_IDS on PLACEMENT; prints one line: sent, answered 204, seconds, beacons/s,
 * p99 in ms. Unlike wrk, it knows every beacon it sent was answered, so the database's total can be
 * compared with it exactly. Run with the source launcher: java SendBeacons.java HOST PORT CLIENTS TOTAL PLACEMENT AD_IDS
 */
public class SendBeacons {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        long total = Long.parseLong(args[3]);
        String placement = args[4];
        String[] ads = args[5].split(",");
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[(int) (total / clients + 2)];
            latencies.add(mine);
            Thread client = new Thread(() -> {
                int count = 0;
                Socket socket = null;
                try {
                    OutputStream out = null;
                    InputStream in = null;
                    for (long n; (n = next.getAndIncrement()) < total; ) {
                        if (socket == null) { // the server ends a keep-alive connection after some requests, saying so
                            socket = new Socket(host, port);
                            socket.setTcpNoDelay(true);
                            out = socket.getOutputStream();
                            in = new BufferedInputStream(socket.getInputStream());
                        }
                        String body = "ad=" + ads[(int) (n % ads.length)] + "&placement=" + placement + "&seen=impression";
                        byte[] request = ("POST /api/ads/beacon HTTP/1.1\r\nHost: " + host + ":" + port
                                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                                .getBytes(StandardCharsets.US_ASCII);
                        long sent = System.nanoTime();
                        out.write(request);
                        out.flush();
                        Answer answer = readAnswer(in);
                        if (answer.status() == 204) {
                            accepted.incrementAndGet();
                        }
                        if (count < mine.length) {
                            mine[count++] = System.nanoTime() - sent;
                        }
                        if (answer.closing()) {
                            socket.close();
                            socket = null;
                        }
                    }
                } catch (IOException e) {
                    System.err.println("a client failed: " + e);
                } finally {
                    try {
                        if (socket != null) {
                            socket.close();
                        }
                    } catch (IOException e) {
                        // closing: nothing more to send
                    }
                }
            });
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(l -> l > 0).sorted().toArray();
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        System.out.printf("%d %d %.2f %.0f %.2f%n", total, accepted.get(), seconds, total / seconds, p99);
    }

    /** An answer's status, and whether the server closes the connection after it. */
    private record Answer(int status, boolean closing) {
    }

    /** Reads one answer (status line, headers, a body of Content-Length bytes). */
    private static Answer readAnswer(InputStream in) throws IOException {
        String status = line(in);
        int length = 0;
        boolean closing = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (header.regionMatches(true, 0, "Connection:", 0, 11) && header.substring(11).trim().equalsIgnoreCase("close")) {
                closing = true;
            }
        }
        in.readNBytes(length);
        return new Answer(Integer.parseInt(status.split(" ")[1]), closing);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
