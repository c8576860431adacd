package org.safegrid.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void esModulesAreJavaScriptWhateverTheExtension() {
        assertEquals(ContentTypes.JAVASCRIPT, ContentTypes.of("/ui/app.js"));
        assertEquals(ContentTypes.JAVASCRIPT, ContentTypes.of("/ui/lib/element-plus/index.full.min.mjs"));
        assertEquals(ContentTypes.JAVASCRIPT, ContentTypes.of("/ui/lib/element-plus/locale/zh-cn.min.MJS"));
    }

    @Test
    void textsAreUtf8() {
        assertEquals("text/css;charset=UTF-8", ContentTypes.of("/ui/app.css"));
        assertEquals(ContentTypes.HTML, ContentTypes.of("/ui/index.html"));
    }

    @Test
    void unknownOrMissingExtensionsAreLeftToTheContainer() {
        assertNull(ContentTypes.of("/ui/lib/vue/LICENSE"));
        assertNull(ContentTypes.of("/ui/.hidden/file"));
        assertNull(ContentTypes.of("/ui/logo.png"));
        assertNull(ContentTypes.of(null));
    }
}
