package app.coachcal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, version 1, under {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
