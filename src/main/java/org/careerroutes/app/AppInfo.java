package org.careerroutes.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, as the build wrote it. */
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development build");
        } catch (IOException e) {
            return "development build";
        }
    }
}
