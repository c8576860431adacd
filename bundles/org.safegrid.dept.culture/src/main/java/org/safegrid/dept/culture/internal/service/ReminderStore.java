package org.safegrid.dept.culture.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;

import java.time.LocalDate;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.culture.internal.persistence.CultureUnit;
import org.safegrid.dept.culture.internal.persistence.ReminderEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Reminders} in {@code SG_CUL_REMINDER}. */
@Component(service = Reminders.class)
public class ReminderStore implements Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderStore.class);

    private final JpaTemplate jpa;

    @Activate
    public ReminderStore(@Reference(target = CultureUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = CultureUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public boolean claim(String code, long subjectId, LocalDate today, int quietDays) {
        try {
            return jpa.txExpr(Required, em -> {
                ReminderEntity last = em.find(ReminderEntity.class, new ReminderEntity.Key(code, subjectId));
                if (last == null) {
                    em.persist(new ReminderEntity(code, subjectId, today));
                    em.flush();
                    return true;
                }
                if (last.getLastOn().plusDays(quietDays).isAfter(today)) {
                    return false;
                }
                last.setLastOn(today);
                return true;
            });
        } catch (PersistenceException e) {
            // another thread claimed it in the same instant: the alert is raised there
            LOG.debug("Reminder {} for {} claimed concurrently: {}", code, subjectId, e.getMessage());
            return false;
        }
    }
}
