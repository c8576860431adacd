package org.safegrid.enterprises.internal.sheets;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.sheets.api.SheetSpec;

/**
 * The export's sheet: the enterprises with the given ids, in that order, read a chunk at a time while the workbook is
 * written, so a large export holds little in memory.
 */
public final class EnterpriseExport {

    static final int CHUNK = 500;

    private EnterpriseExport() {
    }

    /**
     * @param load reads the enterprises with some ids, in their order (the registry applies the scope again)
     */
    public static SheetSpec sheet(List<Long> ids, Function<List<Long>, List<Enterprise>> load, ReferenceData refs) {
        return sheet(ids, load, refs, CHUNK);
    }

    static SheetSpec sheet(List<Long> ids, Function<List<Long>, List<Enterprise>> load, ReferenceData refs,
            int chunk) {
        Iterable<List<?>> rows = () -> new Rows(ids, load, refs, chunk);
        return new SheetSpec(EnterpriseSheet.SHEET_NAME, EnterpriseSheet.headers(EnterpriseSheet.exportColumns()),
                rows);
    }

    private static final class Rows implements Iterator<List<?>> {
        private final List<Long> ids;
        private final Function<List<Long>, List<Enterprise>> load;
        private final ReferenceData refs;
        private final int chunkSize;
        private int next;
        private Iterator<Enterprise> chunk = List.<Enterprise>of().iterator();

        Rows(List<Long> ids, Function<List<Long>, List<Enterprise>> load, ReferenceData refs, int chunkSize) {
            this.ids = ids;
            this.load = load;
            this.refs = refs;
            this.chunkSize = chunkSize;
        }

        @Override
        public boolean hasNext() {
            while (!chunk.hasNext() && next < ids.size()) {
                List<Long> slice = ids.subList(next, Math.min(ids.size(), next + chunkSize));
                next += slice.size();
                chunk = load.apply(slice).iterator();
            }
            return chunk.hasNext();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return EnterpriseSheet.row(chunk.next(), refs);
        }
    }
}
