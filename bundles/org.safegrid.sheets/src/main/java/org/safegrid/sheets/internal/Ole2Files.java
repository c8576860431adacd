package org.safegrid.sheets.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.sheets.internal.SheetErrors.Reason;

/** Tells why an OLE2 compound file cannot be read: a password-protected XLSX, an XLS, or something else. */
final class Ole2Files {

    private Ole2Files() {
    }

    static SafeGridException refusal(Path file, String fileName) {
        return SheetErrors.notASpreadsheet(reason(file), fileName);
    }

    private static Reason reason(Path file) {
        try {
            return BundleLoader.call(() -> {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    DirectoryNode root = fs.getRoot();
                    if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                        return Reason.ENCRYPTED;
                    }
                    if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                        return Reason.SAVE_AS_XLSX;
                    }
                    return Reason.UNKNOWN_FORMAT;
                }
            });
        } catch (IOException | RuntimeException e) {
            // a broken compound file: by its magic most likely an XLS, and Excel may still open it
            return Reason.SAVE_AS_XLSX;
        }
    }
}
