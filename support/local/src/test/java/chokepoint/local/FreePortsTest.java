package chokepoint.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void distinctPortsAreDifferentBelowTheEphemeralRangeAndBindable() throws Exception {
        int[] ports = FreePorts.distinct(5);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(5);
        for (int port : ports) {
            assertThat(port).isBetween(FreePorts.LOWEST, FreePorts.ephemeralLow() - 1);
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(port));
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void ephemeralLowIsReadFromTheKernelsRangeFile(@TempDir Path dir) throws Exception {
        Path range = dir.resolve("ip_local_port_range");
        Files.writeString(range, "40000\t60999\n");
        assertThat(FreePorts.ephemeralLow(range)).isEqualTo(40_000);
    }

    @Test
    void ephemeralLowFallsBackToLinuxDefaultWhenUnreadableOrLeavingNoRoom(@TempDir Path dir) throws Exception {
        assertThat(FreePorts.ephemeralLow(dir.resolve("missing"))).isEqualTo(32_768);
        Path garbled = dir.resolve("garbled");
        Files.writeString(garbled, "many\n");
        assertThat(FreePorts.ephemeralLow(garbled)).isEqualTo(32_768);
        Path low = dir.resolve("low");
        Files.writeString(low, "1024 65535\n");
        assertThat(FreePorts.ephemeralLow(low)).isEqualTo(32_768);
    }
}
