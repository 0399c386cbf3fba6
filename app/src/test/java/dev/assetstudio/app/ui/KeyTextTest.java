package dev.assetstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTextTest {

    private static final String KEY = "claims_preprocessing_claim_lines_enriched";

    @Test
    void aShortKeyStaysWhole() {
        assertEquals("orders", KeyText.middle("orders", 10));
        assertEquals(KEY, KeyText.fit(KEY, 1000, String::length));
    }

    @Test
    void aLongKeyLosesItsMiddleAndKeepsTwiceAsMuchOfItsEnd() {
        String cut = KeyText.middle(KEY, 25);
        assertEquals(25, cut.length());
        assertEquals("claims_p…m_lines_enriched", cut);
        assertTrue(cut.startsWith("claims_p"), cut);
        assertTrue(cut.endsWith("claim_lines_enriched".substring(4)), cut);
        assertEquals(8, cut.indexOf(KeyText.ELLIPSIS), "a third of the room for the start: " + cut);
    }

    @Test
    void fitFindsTheLongestFormThatFits() {
        // one unit per character: 20 units hold 20 characters
        String fitted = KeyText.fit(KEY, 20, String::length);
        assertEquals(20, fitted.length());
        assertEquals(KeyText.middle(KEY, 20), fitted);
        assertEquals(KeyText.ELLIPSIS, KeyText.fit(KEY, 0.5, String::length));
    }

    @Test
    void naturalOrderCountsLikePeople() {
        List<String> names = new ArrayList<>(List.of("n10", "n1000", "n2", "n1", "n0", "N3", "a01", "a1", "b"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("a1", "a01", "b", "n0", "n1", "n2", "N3", "n10", "n1000"), names);
    }
}
