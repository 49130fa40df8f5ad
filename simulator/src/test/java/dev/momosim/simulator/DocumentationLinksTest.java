package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and every page under docs/ link only to files that exist and to headings those files
 * have, so moving a section never leaves a dead link behind.
 */
class DocumentationLinksTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|<img src=\"([^\"]+)\"");
  private static final Pattern HEADING = Pattern.compile("^#+ (.+)$", Pattern.MULTILINE);
  private static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);

  @Test
  void everyRelativeLinkReachesAFileAndItsHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      String text = CODE_BLOCK.matcher(Files.readString(page)).replaceAll("");
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1) != null ? link.group(1) : link.group(2);
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        checked++;
        String problem = problemWith(page, target);
        if (problem != null) {
          broken.add(REPOSITORY.relativize(page) + ": " + target + " (" + problem + ")");
        }
      }
    }
    assertThat(checked).as("relative links checked").isGreaterThan(20);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void everyDocsPageIsLinkedFromTheReadme() throws IOException {
    String readme = Files.readString(REPOSITORY.resolve("README.md"));
    try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
      for (Path page : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
        assertThat(readme)
            .as("the README links docs/%s", page.getFileName())
            .contains("(docs/" + page.getFileName() + ")");
      }
    }
  }

  private static String problemWith(Path page, String target) throws IOException {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (hash < 0 || !resolved.toString().endsWith(".md")) {
      return null;
    }
    String anchor = target.substring(hash + 1);
    List<String> anchors = new ArrayList<>();
    Matcher heading =
        HEADING.matcher(CODE_BLOCK.matcher(Files.readString(resolved)).replaceAll(""));
    while (heading.find()) {
      anchors.add(slug(heading.group(1)));
    }
    return anchors.contains(anchor) ? null : "no heading #" + anchor;
  }

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
  private static String slug(String heading) {
    return heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
    try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }
}
