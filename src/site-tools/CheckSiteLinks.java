import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails when a page of the staged site links to a file of the site that does not exist, or to an anchor that
 * no element of the target page declares. Links that leave the site (http, mailto, ...) are not followed:
 * this checker must work offline. Run: {@code java src/site-tools/CheckSiteLinks.java target/staging}.
 */
public class CheckSiteLinks {

    private static final Pattern LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("(?:id|name)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java CheckSiteLinks.java <staged site directory>");
            System.exit(2);
        }
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        int pages = 0;
        int links = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    links++;
                    String problem = check(site, page, m.group(1).replace("&amp;", "&"));
                    if (problem != null) {
                        broken.add(site.relativize(page) + ": " + m.group(1) + " (" + problem + ")");
                    }
                }
            }
        }
        broken.forEach(System.out::println);
        System.out.printf("%d pages, %d links, %d broken%n", pages, links, broken.size());
        System.exit(pages == 0 || !broken.isEmpty() ? 1 : 0);
    }

    private static String check(Path site, Path page, String link) throws IOException {
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException e) {
            return "not a valid URI";
        }
        if (uri.isAbsolute() || link.startsWith("//")) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "points outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty() || !target.toString().endsWith(".html")) {
            return null;
        }
        Matcher ids = ID.matcher(Files.readString(target, StandardCharsets.UTF_8));
        while (ids.find()) {
            if (ids.group(1).equals(fragment)) {
                return null;
            }
        }
        return "no anchor #" + fragment + " in " + site.relativize(target);
    }
}
