package org.safegrid.enterprises.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;

/**
 * The enterprise registry as other bundles use it. Every method that takes a {@link DataScope} answers only within it:
 * an enterprise outside the scope is reported as not found. Failures are {@code SafeGridException}s.
 */
@ProviderType
public interface EnterpriseService {

    /** One page of the enterprises in scope that match the query. */
    Page<Enterprise> find(EnterpriseQuery query, DataScope scope);

    /** The enterprise with this id, if it is in scope. */
    Optional<Enterprise> get(long id, DataScope scope);

    /** The enterprise with this credit code, whatever the scope; for public pages and matching. */
    Optional<Enterprise> byCreditCode(String creditCode);

    /** Whether the scope may change this enterprise. */
    boolean mayEdit(Enterprise enterprise, DataScope scope);

    /** The profiles of every enterprise in scope matching the query's filters (its paging is ignored). */
    List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope);

    /** The profile of one enterprise, as plate-role rules see it. */
    EnterpriseProfile profile(Enterprise enterprise);

    /** The villages, active or not, sorted by code. */
    List<Village> villages();

    /** The sectors, active or not, sorted by code. */
    List<Sector> sectors();
}
