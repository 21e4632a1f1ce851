package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CompareService;

class HtmlExporterTest {
    private final HtmlExporter exporter = new HtmlExporter();

    @Test
    void matchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER), "comparison.html");
    }

    @Test
    void hostileTextStaysText() {
        String html = GoldenFiles.export(exporter, ExportFixtures.hostile(), new ExportHeader(ExportFixtures.EXPORTED, ExportFixtures.HOSTILE.get(1)));
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u202E");
        assertThat(html).doesNotContainPattern("<[^>]*\\sonerror=");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, iframe, object, embed, link, a, base, form")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue()).as("attribute %s on <%s>", a.getKey(), e.tagName())
                        .doesNotContainIgnoringCase("javascript:").doesNotContain("://");
            }
        }
        // every hostile string is still shown, as text
        String text = doc.text() + " " + doc.select("svg title").eachText();
        assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                "=HYPERLINK(\"http://evil\",\"x\")", "|pipes|", "\"quotes\"", "[U+202E]gnp.exe");
    }

    @Test
    void escapesTheFiveSpecialCharactersAndShowsBidiControls() {
        assertThat(Html.esc("<a href='x' title=\"y\">&</a>")).isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.esc("photo\u202Egnp.exe \u2066x\u2069")).isEqualTo("photo[U+202E]gnp.exe [U+2066]x[U+2069]");
        assertThat(Html.escBreakable("0123456789abcdefghijklmnXYZ")).isEqualTo("0123456789abcdefghijklmn<wbr>XYZ");
        assertThat(Html.escBreakable("2026-11-19T16:05:12Z")).isEqualTo("2026-11-19T16:05:12Z");
        assertThat(Html.escBreakable("short words stay whole")).isEqualTo("short words stay whole");
    }

    @Test
    void escapesTextInsideSvgTitles() {
        String html = GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER);
        Document doc = Jsoup.parse(html);
        Elements titles = doc.select("svg title");
        assertThat(titles.eachText()).anyMatch(t -> t.contains("<script>alert(1)</script> (day 7)"));
        assertThat(titles).allSatisfy(t -> assertThat(t.children()).isEmpty());
    }

    @Test
    void makesNoExternalReference() {
        String html = GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER);
        Document doc = Jsoup.parse(html);
        assertThat(doc.text()).contains("=HYPERLINK(\"http://evil\",\"x\")");
        // strip the escaped text: what is left (tags, attributes, the style sheet) names no URL
        doc.select("*").forEach(e -> e.textNodes().forEach(TextNode::remove));
        assertThat(doc.outerHtml()).doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("javascript:");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    }

    @Test
    void printsLandscapeWithRepeatedHeadersAndUncutRows() {
        String html = GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER);
        String css = Jsoup.parse(html).select("style").html();
        assertThat(css).contains("@page { size: landscape;").contains("thead { display: table-header-group; }")
                .contains("tr, figure { break-inside: avoid;");
    }

    @Test
    void putsEveryAnnotationBesideItsTarget() {
        Document doc = Jsoup.parse(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER));
        // criterion note: in the creatinine (exclusion) row, in the cell that shows E1's source text
        Element creatinine = row(doc, "#eligibility", "creatinine (exclusion)");
        assertThat(creatinine.select("td").get(0).text()).contains("E1: serum creatinine above 120 mmol/L", "unit implausible",
                "mmol/L is surely µmol/L");
        assertThat(creatinine.select("td").get(1).select("ul.notes")).isEmpty();
        // the comparator's note on its I1 sits in its hemoglobin cell, marked strictest
        Element hb = row(doc, "#eligibility", "hemoglobin (inclusion)");
        assertThat(hb.select("td").get(1).hasClass("strictest")).isTrue();
        assertThat(hb.select("td").get(1).text()).contains("STRICTEST".toLowerCase(), "Higher haemoglobin floor");
        assertThat(hb.select("td").get(0).hasClass("loosest")).isTrue();
        assertThat(row(doc, "#schedules", "S2").text()).contains("Relapse visits are unscheduled", "not read: and at relapse");
        assertThat(row(doc, "#cohorts", "C2").text()).contains("Two infusions four weeks apart");
        assertThat(row(doc, "#cohorts", "C1").select("ul.notes")).isEmpty();
        assertThat(row(doc, "#arms", "Dose escalation").text()).contains("Single arm");
        assertThat(row(doc, "#trials", "Id").text()).contains("Only the phase 1 part is comparable");
        assertThat(row(doc, "#trials", "Phases").text()).contains("Registry says 1/2; protocol says 1");
        assertThat(row(doc, "#trials", "Notes on items not in this record").text()).contains("outcome:P9", "Outcome dropped by a re-read");
    }

    @Test
    void drawsEveryMarkerOnTheSharedAxis() {
        Document doc = Jsoup.parse(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER));
        Elements svgs = doc.select("#schedules svg");
        assertThat(svgs).hasSize(2);
        // S2: every 3 months until 2 years = 8 recurring points (day 91 .. 730)
        Element s2 = svgs.get(0).select("g.row").get(2);
        assertThat(s2.select("circle.recurring")).hasSize(8);
        assertThat(s2.select("text.unread").text()).isEqualTo("not read");
        // both trials' 1-year tick sits at the same x: one shared axis
        assertThat(svgs.get(0).select("line.tick").eachAttr("x1")).isEqualTo(svgs.get(1).select("line.tick").eachAttr("x1"));
    }

    @Test
    void anOutcomeTimedOnlyFromAnotherEventIsSaidSoAndNotDrawn() {
        String event = "final vaccine administration";
        Trial vaccine = Trial.builder().id("NCT09999998").briefTitle("Vaccine")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Solicited AEs", null, "1 week post " + event,
                        new Schedule(List.of(new Offset(1, TimeUnit.WEEK, "1 week post " + event, event)), null, List.of())))
                .build();
        Document doc = Jsoup.parse(GoldenFiles.export(exporter,
                new CompareService().compare(List.of(vaccine, ExportFixtures.comparator())), ExportFixtures.HEADER));
        Element p1 = doc.select("#schedules svg").get(0).select("g.row").get(0);
        assertThat(p1.select("circle")).isEmpty();
        assertThat(p1.select("text.anchored").text()).isEqualTo("after an event");
        assertThat(p1.select("text.unread")).isEmpty();
    }

    @Test
    void anOutcomeStatingNoTimeFrameIsSaidSoNotCalledUnread() {
        Trial ictrp = Trial.builder().id("NCT09999997").briefTitle("Registry without time frames")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Adverse events", null, null, null)).build();
        Document doc = Jsoup.parse(GoldenFiles.export(exporter,
                new CompareService().compare(List.of(ictrp, ExportFixtures.comparator())), ExportFixtures.HEADER));
        Element p1 = doc.select("#schedules svg").get(0).select("g.row").get(0);
        assertThat(p1.select("text.anchored").text()).isEqualTo("no time frame");
        assertThat(p1.select("text.unread")).isEmpty();
    }

    private static Element row(Document doc, String section, String header) {
        return doc.select(section + " tbody tr").stream().filter(tr -> tr.selectFirst("th") != null
                && tr.selectFirst("th").select("> .entry .val").text().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + header + " in " + section));
    }
}
