package org.newsmark.ui.findings;

import javafx.beans.property.ObjectProperty;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.model.CorpusFilter;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.ArticleOpener;

/** The view models of the findings: the shared counts, and Voices, Claims and Codes over them. */
public record FindingsViews(FindingsViewModel findings, VoicesViewModel voices, ClaimsViewModel claims,
        CodesViewModel codes) {

    /**
     * @param tasks the thread that owns the project file (counts follow the saves)
     * @param scope the corpus table's filter
     */
    public static FindingsViews create(ProjectStore store, BackgroundTasks tasks, AnnotationEditor editor,
            ArticleOpener opener, ObjectProperty<CorpusFilter> scope) {
        FindingsViewModel findings = new FindingsViewModel(store, tasks, editor, opener, scope);
        return new FindingsViews(findings, new VoicesViewModel(findings), new ClaimsViewModel(findings, store, tasks),
                new CodesViewModel(findings));
    }
}
