package org.safegrid.api.plate;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds plate roles that a department requires for the enterprises it regulates. Register it as an OSGi service with
 * the property {@value #DEPARTMENT_PROPERTY} naming the department; the platform asks it only about enterprises whose
 * first regulating department is that one. Answer quickly and without I/O: plates ask on every read.
 */
@ConsumerType
public interface PlateRoleContributor {

    /** Service property naming the department whose enterprises this contributor speaks for. */
    String DEPARTMENT_PROPERTY = "safegrid.department";

    /**
     * The extra roles this enterprise's plate must name; empty when none. A role code must not be one of the
     * platform's own ({@link PlateRoleRequirement#PLATFORM_ROLES}).
     */
    List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise);
}
