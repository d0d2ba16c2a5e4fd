package org.newsmark.exporting;

import java.util.List;
import java.util.Optional;

/** The exporters of every format Newsmark writes, and the choice of one by its name. */
public final class ProjectExporters {

    private final List<ProjectExporter> exporters;

    public ProjectExporters(List<ProjectExporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    /** Every format Newsmark exports a project to, in the order the command line and the dialog list them. */
    public static ProjectExporters all() {
        return new ProjectExporters(List.of(new org.newsmark.exporting.brat.BratExporter(),
                new org.newsmark.exporting.webanno.WebAnnoTsvExporter(), new org.newsmark.exporting.w3c.W3cExporter(),
                new DoccanoExporter(), new JsonlExporter()));
    }

    public List<ProjectExporter> exporters() {
        return exporters;
    }

    public Optional<ProjectExporter> byFormat(String format) {
        return exporters.stream().filter(exporter -> exporter.format().equalsIgnoreCase(format.strip())).findFirst();
    }

    public List<String> formats() {
        return exporters.stream().map(ProjectExporter::format).toList();
    }
}
