package org.careerroutes.pages;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ctrl+1..9 jump to the first nine tabs and Ctrl+0 to a tenth; the shortcut list says so. */
class ProfileSectionShortcutTest {

    @Test
    void theTenthTabIsCtrlZeroAndThereIsNoEleventh() {
        assertEquals(Optional.of(1), ProfileSection.digitFor(1));
        assertEquals(Optional.of(9), ProfileSection.digitFor(9));
        assertEquals(Optional.of(0), ProfileSection.digitFor(10));
        assertEquals(Optional.empty(), ProfileSection.digitFor(11));
        assertEquals("Ctrl+1 \u2026 Ctrl+9", ProfileSection.rangeFor(9));
        assertEquals("Ctrl+1 \u2026 Ctrl+9, Ctrl+0", ProfileSection.rangeFor(10));
        assertEquals(Optional.of(ProfileSection.values().length % 10),
                ProfileSection.MY_PLAN.shortcutDigit(), "My plan is the last tab");
    }
}
