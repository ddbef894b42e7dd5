package chokepoint.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line used by deploy/local/run and deploy/local/token.
 * <pre>
 *   keys     --home DIR
 *   token    --home DIR --role ROLE [--tenant T] [--subject S] [--ttl-hours N]
 *   postgres --home DIR --port P --databases a,b,c   (runs until stopped; prints "READY url user")
 *   import   --home DIR --gateway URL --dir DIR     (imports every list file found in DIR)
 * </pre>
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("missing command");
        }
        Map<String, String> opts = options(args);
        Path home = Path.of(opts.getOrDefault("home", System.getProperty("user.home") + "/.chokepoint"));
        switch (args[0]) {
            case "keys" -> Keys.ensure(home.resolve("keys"));
            case "token" -> token(home, opts);
            case "postgres" -> postgres(home, opts);
            case "import" -> {
                String token = Tokens.mint(Keys.readPrivate(home.resolve("keys").resolve(Keys.PRIVATE)), "admin", null,
                        "local-import", Duration.ofHours(1));
                int failed = ListDirectoryImport.run(opts.getOrDefault("gateway", "http://127.0.0.1:8080"), token,
                        Path.of(opts.get("dir")));
                System.exit(failed == 0 ? 0 : 1);
            }
            default -> usage("unknown command " + args[0]);
        }
    }

    private static void token(Path home, Map<String, String> opts) throws Exception {
        Path priv = home.resolve("keys").resolve(Keys.PRIVATE);
        if (!Files.exists(priv)) {
            System.err.println("no signing key at " + priv + ": start the suite once with deploy/local/run (it creates it)");
            System.exit(2);
        }
        String role = opts.get("role");
        if (role == null) {
            usage("token needs a role: " + String.join(", ", Tokens.ROLES.stream().sorted().toList()));
        }
        try {
            long hours = Long.parseLong(opts.getOrDefault("ttl-hours", "12"));
            System.out.println(Tokens.mint(Keys.readPrivate(priv), role, opts.get("tenant"), opts.get("subject"),
                    Duration.ofHours(hours)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void postgres(Path home, Map<String, String> opts) throws Exception {
        int port = Integer.parseInt(opts.getOrDefault("port", "0"));
        Postgres pg = Postgres.start(home.resolve("postgres"), port);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
            stop.countDown();
        }));
        pg.awaitReady(Duration.ofSeconds(60));
        for (String db : opts.getOrDefault("databases", "").split(",")) {
            if (!db.isBlank()) {
                pg.ensureDatabase(db.trim());
            }
        }
        System.out.println("READY " + pg.jdbcUrl("") + " " + pg.user() + " (" + pg.origin() + ")");
        System.out.flush();
        stop.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (!a.startsWith("--") || i + 1 >= rest.size()) {
                usage("bad argument " + a);
            }
            m.put(a.substring(2), rest.get(++i));
        }
        return m;
    }

    private static void usage(String why) {
        System.err.println(why + "\nusage: keys|token|postgres --home DIR [...]");
        System.exit(2);
    }
}
