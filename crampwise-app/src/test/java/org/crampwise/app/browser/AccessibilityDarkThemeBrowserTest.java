package org.crampwise.app.browser;

import com.microsoft.playwright.options.ColorScheme;

/** {@link AccessibilityBrowserTest} in the dark theme. */
class AccessibilityDarkThemeBrowserTest extends AccessibilityBrowserTest {
    AccessibilityDarkThemeBrowserTest() {
        super(ColorScheme.DARK);
    }
}
