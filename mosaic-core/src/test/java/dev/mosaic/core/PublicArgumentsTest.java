package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.session.SessionId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, deliverable 3: every public method of every facet, called with null in each reference parameter (the
 * others valid), fails with {@link InvalidInputException} naming that Java parameter, never a raw
 * {@code NullPointerException}, an array-length failure or a quiet empty answer. Numbers out of range likewise.
 */
class PublicArgumentsTest {
    private static final String RESUME = "Jane Example\njane@example.com\n\nEXPERIENCE\nRegistered nurse, St Mary's "
            + "Hospital, 2016-2024\n- Led a team of 6 nurses\n\nSKILLS\nSQL, Excel";

    private final Mosaic mosaic = Mosaic.builder().build();
    private final SessionId session = mosaic.sessions().create().id();

    /** A valid value for each parameter name used by the facets. */
    private Map<String, Object> valid() {
        String jobId = mosaic.jobs().opportunities().get(0).jobId();
        return Map.ofEntries(
                Map.entry("session", session), Map.entry("id", session),
                Map.entry("message", "how do I ask for a raise?"), Map.entry("limit", 10),
                Map.entry("jobId", jobId), Map.entry("status", Application.Status.APPLIED),
                Map.entry("notes", "sent on Monday"), Map.entry("resume", RESUME),
                Map.entry("filename", "cv.txt"), Map.entry("content", RESUME.getBytes(StandardCharsets.UTF_8)),
                Map.entry("library", PromptLibrary.bundled()),
                Map.entry("sha256", mosaic.prompts().active().library().sha256()),
                Map.entry("profile", Profile.EMPTY), Map.entry("highlightSkills", List.of("SQL")),
                Map.entry("request", dev.mosaic.core.resume.RewriteRequest.of(RESUME)),
                Map.entry("text", "Data analyst: SQL, Tableau and Python"), Map.entry("factId", "1-offer-85k"));
    }

    private List<Object[]> facets() {
        return List.of(new Object[] {dev.mosaic.core.coach.Coach.class, mosaic.coach()},
                new Object[] {dev.mosaic.core.prompts.Prompts.class, mosaic.prompts()},
                new Object[] {dev.mosaic.core.jobs.Jobs.class, mosaic.jobs()},
                new Object[] {dev.mosaic.core.resume.Resumes.class, mosaic.resumes()},
                new Object[] {dev.mosaic.core.session.Sessions.class, mosaic.sessions()});
    }

    @Test
    void nullInAnyReferenceParameterIsAnInvalidInputNamingIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Object[] facet : facets()) {
            Class<?> type = (Class<?>) facet[0];
            Method[] methods = type.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
            for (Method method : methods) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isPrimitive()) {
                        continue;
                    }
                    Object[] args = arguments(method);
                    args[i] = null;
                    calls++;
                    String outcome = outcome(method, facet[1], args);
                    String expected = "validation_failed " + parameters[i].getName();
                    if (!outcome.equals(expected)) {
                        wrong.add(type.getSimpleName() + "." + method.getName() + "(" + parameters[i].getName()
                                + " = null): " + outcome);
                    }
                }
            }
        }
        assertThat(wrong).as("of %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(30);
    }

    /** Deliverable 3: overloads and request objects, never {@code Optional} parameters, on the facets and the SPI. */
    @Test
    void noPublicMethodTakesAnOptional() {
        List<String> found = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        facets().forEach(facet -> types.add((Class<?>) facet[0]));
        types.add(dev.mosaic.core.spi.Store.class);
        types.add(Mosaic.Builder.class);
        for (Class<?> type : types) {
            for (Method method : type.getMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getType() == Optional.class) {
                        found.add(type.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void anOpportunityIsBuiltByNameAndItsBuilderNamesWhatIsMissing() {
        dev.mosaic.core.jobs.Opportunity built = dev.mosaic.core.jobs.Opportunity.builder().jobId("acme-7")
                .role("Data Analyst").company("Acme").location("Leeds, UK").mustHave(List.of("sql"))
                .source("careers-page").build();
        assertThat(built.seniority()).isEqualTo(dev.mosaic.core.jobs.Opportunity.Seniority.MID);
        assertThat(built.url()).isEmpty();
        assertThat(built.mustHave()).containsExactly("sql");
        InvalidInputException missing = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> dev.mosaic.core.jobs.Opportunity.builder().jobId("x").role("r")
                        .location("l").source("s").build());
        assertThat(missing.field()).isEqualTo("company");
    }

    @Test
    void aNegativeLimitIsAnInvalidInputNamingIt() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Object[] facet : facets()) {
            for (Method method : ((Class<?>) facet[0]).getMethods()) {
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getName().equals("limit")) {
                        Object[] args = arguments(method);
                        args[i] = -1;
                        checked++;
                        String outcome = outcome(method, facet[1], args);
                        if (!outcome.equals("validation_failed limit")) {
                            wrong.add(method.getName() + "(limit = -1): " + outcome);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("history, analysis, rank").isEqualTo(3);
    }

    private Object[] arguments(Method method) {
        Map<String, Object> valid = valid();
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].getName();
            if (!valid.containsKey(name)) {
                throw new IllegalStateException("no valid value for " + method.getName() + "(" + name + ")");
            }
            Object value = valid.get(name);
            if (parameters[i].getType() == Optional.class && !(value instanceof Optional)) {
                value = Optional.of(value);
            }
            if (parameters[i].getType() == SessionId.class || parameters[i].getType() == Optional.class
                    || parameters[i].getType().isInstance(value) || parameters[i].getType().isPrimitive()) {
                args[i] = value;
            } else {
                throw new IllegalStateException(method.getName() + "(" + name + "): " + value.getClass());
            }
        }
        return args;
    }

    /** @return "validation_failed <field>" for an invalid input, else what happened */
    private static String outcome(Method method, Object target, Object[] args) {
        try {
            Object result = method.invoke(target, args);
            return "returned " + result;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException invalid) {
                return "validation_failed " + invalid.field();
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
