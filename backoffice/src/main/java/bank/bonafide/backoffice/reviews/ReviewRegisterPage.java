package bank.bonafide.backoffice.reviews;

import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.boundary.ReviewSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The cases waiting for a person as a lazy table, kept for the view so that paging and filtering are ajax requests. */
@Named
@ViewScoped
public class ReviewRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueue queue;

    private ReviewTable waiting;

    @PostConstruct
    void init() {
        waiting = new ReviewTable(queue);
    }

    public ReviewTable getWaiting() {
        return waiting;
    }

    public List<String> getStatuses() {
        return ReviewSearch.statuses();
    }
}
