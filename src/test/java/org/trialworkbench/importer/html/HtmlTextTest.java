package org.trialworkbench.importer.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    static String page(String name) throws IOException {
        try (InputStream in = HtmlTextTest.class.getResourceAsStream("/samples/euctr/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void laysOutTablesBreaksAndBlocksAndDropsScriptsStylesAndHead() {
        String html = "<html><head><title>T</title><style>td{color:red}</style></head><body>"
                + "<script>var x = '<td>no</td>';</script><h1>Trial&nbsp;page</h1><p>One<br>Two &amp; three</p>"
                + "<table><tr><td>A.2</td><td>EudraCT number</td><td>2011-005852-33</td></tr>"
                + "<tr><th>E.3</th><td>Crit</td><td>&lt; 5 kg</td></tr></table>\n\n\n<div>   spaced    out   </div></body></html>";
        assertThat(HtmlText.extract(html)).isEqualTo(
                "Trial page\n\nOne\nTwo & three\n\nA.2 | EudraCT number | 2011-005852-33\n\nE.3 | Crit | < 5 kg\n\nspaced out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005-002909-23_PT.html", "2009-016529-32_EE.html", "2011-005852-33_3rd.html"})
    void extractsTheVisibleTextOfEuCtrPages(String name) throws IOException {
        String text = HtmlText.extract(page(name));
        String number = name.substring(0, 14);
        assertThat(text).contains("A.2 | EudraCT number | " + number, "EudraCT Number: | " + number);
        assertThat(text).doesNotContain("<td", "<script", "$(displayInit)", "div.detail table", "&lt;", "&amp;", "&nbsp;", "\n\n\n");
        assertThat(text).contains("E.3 | Principal inclusion criteria", "E.4 | Principal exclusion criteria");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  "));
    }

    @Test
    void decodesEntitiesOfTheThirdCountryPage() throws IOException {
        String text = HtmlText.extract(page("2011-005852-33_3rd.html"));
        assertThat(text).contains("treatment of malaria in infants < 5 kg", "E.7.2 | Therapeutic exploratory (Phase II) | Yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html>", "  \n<html lang=en>", "<html>", "<!-- saved --><!doctype HTML>", "<div><p>x</p></div>"})
    void recognizesHtml(String head) {
        assertThat(HtmlText.looksLikeHtml(head)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<?xml version='1.0'?><Trials_downloaded_from_ICTRP>", "{\"html\": 1}", "EudraCT Number: 2011-005852-33",
            "<clinical_study>", ""})
    void doesNotTakeOtherTextForHtml(String head) {
        assertThat(HtmlText.looksLikeHtml(head)).isFalse();
    }

    @Test
    void extractsNothingFromEmptyInput() {
        assertThat(HtmlText.extract("")).isEmpty();
        assertThat(HtmlText.extract(null)).isEmpty();
    }
}
