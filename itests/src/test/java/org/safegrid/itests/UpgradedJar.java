package org.safegrid.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Makes the "next release" of a department bundle from the built one, as a maintainer would ship it: a higher
 * Bundle-Version and one more Liquibase change set that adds a column.
 */
final class UpgradedJar {

    static final String VERSION = "0.1.1";
    static final String CHANGE_SET = "emergency-it-upgrade-1";

    private UpgradedJar() {
    }

    static Path withExtraColumn(Path original, Path target) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(original));
          OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), VERSION + ".upgrade");
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(entry.getName().equals("db/changelog.xml") ? withChangeSet(in) : in.readAllBytes());
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static byte[] withChangeSet(InputStream in) throws IOException {
        String log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String changeSet = "  <changeSet id=\"" + CHANGE_SET + "\" author=\"itests\">\n"
          + "    <addColumn tableName=\"SG_EMG_LOG\"><column name=\"FOLLOW_UP\" type=\"VARCHAR(200)\"/></addColumn>\n"
          + "  </changeSet>\n</databaseChangeLog>";
        return log.replace("</databaseChangeLog>", changeSet).getBytes(StandardCharsets.UTF_8);
    }
}
