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
        return withChangeSet(original, target, VERSION + ".upgrade", "  <changeSet id=\"" + CHANGE_SET
          + "\" author=\"itests\">\n"
          + "    <addColumn tableName=\"SG_EMG_LOG\"><column name=\"FOLLOW_UP\" type=\"VARCHAR(200)\"/></addColumn>\n"
          + "  </changeSet>\n");
    }

    /** A later release whose change log would drop a column that holds data: it must be refused. */
    static Path withDestructiveChangeSet(Path original, Path target) throws IOException {
        return withChangeSet(original, target, "0.1.2.destructive",
          "  <changeSet id=\"emergency-it-destructive-1\" author=\"itests\">\n"
            + "    <dropColumn tableName=\"SG_EMG_LOG\" columnName=\"SUMMARY\"/>\n  </changeSet>\n");
    }

    private static Path withChangeSet(Path original, Path target, String version, String changeSet)
      throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(original));
          OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(entry.getName().equals("db/changelog.xml") ? appended(in, changeSet) : in.readAllBytes());
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static byte[] appended(InputStream in, String changeSet) throws IOException {
        String log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return log.replace("</databaseChangeLog>", changeSet + "</databaseChangeLog>").getBytes(StandardCharsets.UTF_8);
    }
}
