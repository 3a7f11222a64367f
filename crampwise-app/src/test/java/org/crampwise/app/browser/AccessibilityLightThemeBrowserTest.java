package org.crampwise.app.browser;

import com.microsoft.playwright.options.ColorScheme;

/** {@link AccessibilityBrowserTest} in the light theme. */
class AccessibilityLightThemeBrowserTest extends AccessibilityBrowserTest {
    AccessibilityLightThemeBrowserTest() {
        super(ColorScheme.LIGHT);
    }
}
