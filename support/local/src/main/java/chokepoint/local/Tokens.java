package chokepoint.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints RS256-signed bearer tokens (JWT) the services accept: the role in {@code groups}
 * (MicroProfile JWT), the provider's tenant in {@code tenant}.
 */
public final class Tokens {

    public static final String ISSUER = "https://chokepoint.local/issuer";
    public static final Set<String> ROLES = Set.of(
            "provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service");

    private Tokens() {
    }

    public static String mint(PrivateKey key, String role, String tenant, String subject, Duration ttl)
            throws GeneralSecurityException {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'; roles: " + String.join(", ", ROLES.stream().sorted().toList()));
        }
        if ("provider".equals(role) && (tenant == null || tenant.isBlank())) {
            throw new IllegalArgumentException("a provider token needs --tenant <name>");
        }
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":\"").append(ISSUER).append('"')
                .append(",\"sub\":\"").append(json(subject == null ? role : subject)).append('"')
                .append(",\"upn\":\"").append(json(subject == null ? role : subject)).append('"')
                .append(",\"groups\":[\"").append(role).append("\"]")
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + ttl.toSeconds())
                .append(",\"jti\":\"").append(UUID.randomUUID()).append('"');
        if (tenant != null && !tenant.isBlank()) {
            claims.append(",\"tenant\":\"").append(json(tenant)).append('"');
        }
        claims.append('}');
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initSign(key);
        sig.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64(sig.sign());
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
