package app.coachcal.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the launcher runs: Payara Micro's jar and the Coachcal WAR, both
 * next to the launcher's directory in {@code scheduling-web/target}.
 */
public record Artifacts(Path payaraMicro, Path war) {

    /** The artifacts beside the running launcher jar: {@code target/launcher/..}. */
    static Artifacts besideLauncher() throws LaunchFailure {
        try {
            Path launcherJar = Path.of(Artifacts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = launcherJar.getParent().getParent();
            return new Artifacts(target.resolve("payara-micro.jar"), target.resolve("coachcal.war")).checked();
        } catch (URISyntaxException e) {
            throw new LaunchFailure("cannot tell where the launcher runs from: " + e.getMessage());
        }
    }

    Artifacts checked() throws LaunchFailure {
        for (Path file : new Path[] {payaraMicro, war}) {
            if (!Files.isRegularFile(file)) {
                throw new LaunchFailure(file + " is missing: build first with ./mvnw -DskipTests package");
            }
        }
        return this;
    }
}
