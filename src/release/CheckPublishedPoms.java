import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the POMs of ours that a user's build resolved, as they sit in that build's local repository:
 * each came from the staging repository (not from a local build), names no SNAPSHOT, leaves no ${...} that neither
 * it nor its parents define, and has every parent and BOM import it names available: ours in the staging
 * repository, others (from Maven Central) in the local repository, where the user's build put them; and an
 * SCM connection it names is the Git repository itself (Maven appends the module's name unless told not to).
 *
 * <pre>java src/release/CheckPublishedPoms.java LOCAL_REPOSITORY STAGING_REPOSITORY GROUP_ID</pre>
 */
public class CheckPublishedPoms {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** Values Maven's model interpolation supplies itself (besides project.*, env.* and properties). */
    private static final Set<String> BUILT_IN = Set.of("basedir", "maven.build.timestamp", "maven.version");

    private final Path localRepository;
    private final Path staging;
    private final String group;
    private final List<String> problems = new ArrayList<>();

    CheckPublishedPoms(Path localRepository, Path staging, String group) {
        this.localRepository = localRepository;
        this.staging = staging;
        this.group = group;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CheckPublishedPoms LOCAL_REPOSITORY STAGING_REPOSITORY GROUP_ID");
            System.exit(2);
        }
        CheckPublishedPoms check = new CheckPublishedPoms(Path.of(args[0]), Path.of(args[1]), args[2]);
        List<Path> poms = check.resolvedPoms();
        for (Path pom : poms) {
            check.check(pom);
        }
        if (poms.isEmpty()) {
            check.problems.add("no POM of " + args[2] + " in " + args[0]);
        }
        check.problems.forEach(p -> System.err.println("[poms] " + p));
        if (!check.problems.isEmpty()) {
            System.exit(1);
        }
        System.out.println("[poms] " + poms.size() + " POMs checked, all from the staging repository: "
                + poms.stream().map(p -> p.getFileName().toString()).sorted().toList());
    }

    private List<Path> resolvedPoms() throws IOException {
        Path groupDirectory = localRepository.resolve(group.replace('.', '/'));
        if (!Files.isDirectory(groupDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(groupDirectory)) {
            return files.filter(f -> f.toString().endsWith(".pom")).sorted().toList();
        }
    }

    private void check(Path pom) throws Exception {
        String name = localRepository.relativize(pom).toString();
        String text = Files.readString(pom);
        if (text.contains("SNAPSHOT")) {
            problems.add(name + " names a SNAPSHOT");
        }
        Path origin = pom.resolveSibling("_remote.repositories");
        if (!Files.isRegularFile(origin)
                || !Files.readString(origin).contains(pom.getFileName() + ">staging=")) {
            problems.add(name + " did not come from the staging repository (see " + origin + ")");
        }
        Element project = parse(pom);
        Map<String, String> properties = new HashMap<>();
        collectProperties(project, name, properties);
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String expr = expression.group(1);
            if (!properties.containsKey(expr)
                    && !BUILT_IN.contains(expr)
                    && !expr.startsWith("project.")
                    && !expr.startsWith("env.")) {
                problems.add(name + " leaves ${" + expr + "} unresolved: neither it nor its parents define it");
            }
        }
        for (String tag : List.of("connection", "developerConnection")) {
            String scm = text(child(project, "scm"), tag);
            if (!scm.isEmpty() && !scm.endsWith(".git")) {
                problems.add(name + ": scm " + tag + " " + scm + " is no Git repository (a module path appended?)");
            }
        }
        for (Element dependency : children(child(child(project, "dependencyManagement"), "dependencies"), "dependency")) {
            if ("import".equals(text(dependency, "scope"))) {
                requireAvailable(name, "import", coordinates(dependency, properties));
            }
        }
    }

    /** Adds the properties of this POM and its parents (nearest wins), checking that each parent is available. */
    private void collectProperties(Element project, String name, Map<String, String> properties) throws Exception {
        for (Element property : children(child(project, "properties"), null)) {
            properties.putIfAbsent(property.getTagName(), property.getTextContent().trim());
        }
        Element parent = child(project, "parent");
        if (parent != null) {
            String[] gav = coordinates(parent, properties);
            Path parentPom = requireAvailable(name, "parent", gav);
            if (parentPom != null) {
                collectProperties(parse(parentPom), name, properties);
            }
        }
    }

    /** The POM of g:a:v where a user gets it from: ours from the staging repository, others from the local one. */
    private Path requireAvailable(String name, String role, String[] gav) {
        String path = gav[0].replace('.', '/') + "/" + gav[1] + "/" + gav[2] + "/" + gav[1] + "-" + gav[2] + ".pom";
        boolean ours = gav[0].equals(group);
        Path pom = (ours ? staging : localRepository).resolve(path);
        if (!Files.isRegularFile(pom)) {
            problems.add(name + ": " + role + " " + String.join(":", gav) + " is not in the "
                    + (ours ? "staging" : "local") + " repository");
            return null;
        }
        return pom;
    }

    private static String[] coordinates(Element element, Map<String, String> properties) {
        String version = text(element, "version");
        Matcher expression = EXPRESSION.matcher(version);
        if (expression.matches() && properties.containsKey(expression.group(1))) {
            version = properties.get(expression.group(1));
        }
        return new String[] {text(element, "groupId"), text(element, "artifactId"), version};
    }

    private static Element parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        Element element = child(parent, tag);
        return element == null ? "" : element.getTextContent().trim();
    }
}
