package org.safegrid.checklists.internal.templates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which contributor service holds which template codes: the first to contribute a code keeps it until it goes away.
 * Not thread-safe: used from one thread.
 */
final class Contributions {

    private final Map<Long, Set<String>> codesByService = new HashMap<>();
    private final Map<String, Long> ownerByCode = new HashMap<>();

    /** The service holding the code, when another one than {@code serviceId} does. */
    Optional<Long> otherOwner(String code, long serviceId) {
        Long owner = ownerByCode.get(code);
        return owner == null || owner == serviceId ? Optional.empty() : Optional.of(owner);
    }

    void claim(long serviceId, String code) {
        ownerByCode.put(code, serviceId);
        codesByService.computeIfAbsent(serviceId, id -> new HashSet<>()).add(code);
    }

    /** Keeps only these codes for the service; answers the ones it no longer holds, sorted. */
    Set<String> retain(long serviceId, Set<String> codes) {
        Set<String> held = codesByService.getOrDefault(serviceId, Set.of());
        Set<String> dropped = new TreeSet<>(held);
        dropped.removeAll(codes);
        dropped.forEach(ownerByCode::remove);
        if (codes.isEmpty()) {
            codesByService.remove(serviceId);
        } else {
            codesByService.put(serviceId, new HashSet<>(codes));
        }
        return dropped;
    }

    /** Forgets the service; answers the codes it held, sorted. */
    Set<String> release(long serviceId) {
        return retain(serviceId, Set.of());
    }

    Set<String> codes(long serviceId) {
        return Set.copyOf(codesByService.getOrDefault(serviceId, Set.of()));
    }
}
