package dev.migrate.sample.cms;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /pages} and {@code POST /pages}: enough to watch data survive an upgrade and a downgrade. */
@RestController
class PageController {

	private final PageRepository pages;

	private final UserRepository users;

	private final TagRepository tags;

	PageController(PageRepository pages, UserRepository users, TagRepository tags) {
		this.pages = pages;
		this.users = users;
		this.tags = tags;
	}

	@GetMapping("/pages")
	@Transactional(readOnly = true)
	List<PageView> list() {
		return this.pages.findAll().stream().map(PageView::of).toList();
	}

	@PostMapping("/pages")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	PageView create(@RequestBody NewPage request) {
		User author = (request.createdBy() != null) ? this.users.findByLogin(request.createdBy())
			.orElseGet(() -> this.users.save(new User(request.createdBy()))) : null;
		Page page = new Page(request.title(), request.content(), author);
		for (String name : (request.tags() != null) ? request.tags() : List.<String>of()) {
			page.getTags().add(this.tags.findByName(name).orElseGet(() -> this.tags.save(new Tag(name))));
		}
		return PageView.of(this.pages.saveAndFlush(page));
	}

	/** A new page: its author and tags by name, created when new. */
	record NewPage(@Nullable String title, String content, @Nullable String createdBy, @Nullable List<String> tags) {
	}

	/** A page as the API shows it. */
	record PageView(@Nullable Integer id, @Nullable String title, String content, @Nullable LocalDateTime ctime,
			@Nullable String createdBy, List<String> tags) {

		static PageView of(Page page) {
			return new PageView(page.getId(), page.getTitle(), page.getContent(), page.getCtime(),
					(page.getCreatedBy() != null) ? page.getCreatedBy().getLogin() : null,
					page.getTags().stream().map(Tag::getName).sorted().toList());
		}

	}

}
