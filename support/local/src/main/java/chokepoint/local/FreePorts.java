package chokepoint.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for servers started later by another process (the local suite's services, an
 * embedded PostgreSQL).
 *
 * <p>A port from {@code new ServerSocket(0)} comes from the kernel's ephemeral range, the same range
 * every outgoing connection takes its local port from. Between picking it and the server binding it,
 * a connection (a service opening its database pool, a gRPC channel) can take it, and the server
 * fails with "port in use" — this failed a CI run. Ports below the ephemeral range are never handed
 * to outgoing connections, so they are picked from there.
 */
public final class FreePorts {

    static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    /** One free port below the ephemeral range. */
    public static int one() throws IOException {
        return distinct(1)[0];
    }

    /** {@code count} different free ports below the ephemeral range. */
    public static int[] distinct(int count) throws IOException {
        int below = ephemeralLow();
        Set<Integer> picked = new LinkedHashSet<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int tries = 0; picked.size() < count && tries < 1_000; tries++) {
            int port = random.nextInt(LOWEST, below);
            if (!picked.contains(port) && bindable(port)) {
                picked.add(port);
            }
        }
        if (picked.size() < count) {
            throw new IOException("found only " + picked.size() + " of " + count + " free ports in "
                    + LOWEST + "-" + (below - 1));
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first port of the kernel's ephemeral range; 32768 (Linux' default) where it cannot be read. */
    static int ephemeralLow() {
        return ephemeralLow(EPHEMERAL_RANGE);
    }

    static int ephemeralLow(Path rangeFile) {
        try {
            String[] range = Files.readString(rangeFile).trim().split("\\s+");
            int low = Integer.parseInt(range[0]);
            // a range starting too low leaves no room below it: fall back to the default split
            return low > LOWEST + 1_000 ? low : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
