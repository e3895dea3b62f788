"""Hand-written questions for the Dendron FAQ set (faq/dendron.faq.md).

Written from the FAQ text alone. The FAQ has 37 sections (more than 30), so
30 sections were picked and get two questions each (60 in-scope questions);
the 7 sections in UNUSED_SECTIONS get none. Each in-scope question names the
one section that answers it. OUT_OF_SCOPE questions are near the domain
(note-taking in Dendron / VS Code) but not answered by the FAQ, plus one
off-topic question.
"""

# sections deliberately left without questions (narrow or internal topics)
UNUSED_SECTIONS = [
    "how-does-dendron-help-me-track-my-notes",
    "why-markdown",
    "how-do-schemas-work-with-multi-vault",
    "can-i-autocomplete-an-hierarchy",
    "why-custom-markdown-preview-instead-of-the-vsc-one",
    "vscode-snippets-are-not-working-in-frontmatter",
    "dendron-11ty-package-version-is-confusing",
]

IN_SCOPE = [
    # What is a Dendron?
    ("why is it called dendron, has it something to do with neurons?",
     "what-is-a-dendron"),
    ("ok so what actually is this thing in one sentence? my colleague keeps talking about it",
     "what-is-a-dendron"),

    # How is Dendron different from X note taking tool?
    ("i have about 600 notes in obsidian right now. what would dendron do different for me if i switch",
     "how-is-dendron-different-from-x-note-taking-tool"),
    ("evernote vs dendron, whats the actual difference",
     "how-is-dendron-different-from-x-note-taking-tool"),

    # How is Dendron different from Roam?
    ("coming from roam research where everything is bidirectional links and daily pages. in what way is dendron approach different from roam",
     "how-is-dendron-different-from-roam"),
    ("is dendron basically a roam clone or not",
     "how-is-dendron-different-from-roam"),

    # Is Dendron free? Will it stay free?
    ("do i need to pay for dendron, and will the editor become paid later on?",
     "is-dendron-free-will-it-stay-free"),
    ("how do you guys make money? worried the core app gets locked behind a subscription one day",
     "is-dendron-free-will-it-stay-free"),

    # Why is Dendron built on top of VSCode?
    ("why do i have to install a code editor just to take notes?? i am not a programmer",
     "why-is-dendron-built-on-top-of-vscode"),
    ("any plan for a standalone app or a vim version, or is it vs code forever",
     "why-is-dendron-built-on-top-of-vscode"),

    # Can I use Dendron with existing notes?
    ("i have a folder with years of markdown files from another app. can i just open it in dendron without it messing up my files",
     "can-i-use-dendron-with-existing-notes"),
    ("will the change workspace command overwrite or delete anything in my old notes folder",
     "can-i-use-dendron-with-existing-notes"),

    # How do I save?
    ("where is the save button",
     "how-do-i-save"),
    ("if i switch to my browser in the middle of writing, is the note saved or do i lose it?",
     "how-do-i-save"),

    # How do I go back to the previous note?
    ("after clicking a link to another note, how i can return to the note where i was before?",
     "how-do-i-go-back-to-the-previous-note"),
    ("every note i open replaces the last one, i only ever have one tab. how to keep several open so i can jump back",
     "how-do-i-go-back-to-the-previous-note"),

    # What can I do with the `root` note?
    ("can i rename root.md to something nicer like index or home?",
     "what-can-i-do-with-the-root-note"),
    ("is it ok to write my own content in the top level root note and add my own frontmatter fields to it",
     "what-can-i-do-with-the-root-note"),

    # Can I manually move notes?
    ("is it safe to move note files to my other vault with the file explorer instead of a dendron command",
     "can-i-manually-move-notes"),
    ("if i drag md files around outside of vscode what could break? links? publishing?",
     "can-i-manually-move-notes"),

    # How should I name a note?
    ("any rules for file names? can i use spaces, capitals and apostrophes like \"John's garage\"",
     "how-should-i-name-a-note"),
    ("should note names be all lowercase with dashes?",
     "how-should-i-name-a-note"),

    # What kind of note hierarchy should I create?
    ("just starting out. how deep should my tree of notes be in the beginning, and when do i split a note?",
     "what-kind-of-note-hierarchy-should-i-create"),
    ("cant decide: code.excel or excel.code?",
     "what-kind-of-note-hierarchy-should-i-create"),

    # Do I have to use hierarchies? What if I want to use another approach?
    ("i prefer zettelkasten with only backlinks between notes. can i use dendron without the dotted hierarchy at all?",
     "do-i-have-to-use-hierarchies-what-if-i-want-to-use-another-approach"),
    ("is the hierarchy thing mandatory",
     "do-i-have-to-use-hierarchies-what-if-i-want-to-use-another-approach"),

    # What if I have a note that belongs in multiple hierarchies?
    ("my note about a book should live under books.scifi and also under reading.2021. how to put one note in two places?",
     "what-if-i-have-a-note-that-belongs-in-multiple-hierarchies"),
    ("organising my music collection, a lot of albums fit into several categories at once. what do you recommend",
     "what-if-i-have-a-note-that-belongs-in-multiple-hierarchies"),

    # Hierarchies add too much friction
    ("having to pick a hierarchy path every time i want to jot something down just slows me down, its annoying",
     "hierarchies-add-too-much-friction"),
    ("why force me to organize up front? other apps let me just dump thoughts and search later",
     "hierarchies-add-too-much-friction"),

    # Hierarchies are too rigid
    ("trees feel like a straitjacket to me. once i set up a structure i'm stuck with it forever",
     "hierarchies-are-too-rigid"),
    ("isnt a hierarchy much too inflexible for how ideas really connect?",
     "hierarchies-are-too-rigid"),

    # Will Dendron ever support folders?
    ("can i have real folders instead of dots in the file names? is that coming",
     "will-dendron-ever-support-folders"),
    ("i want to collapse groups of notes like folders in a sidebar, and i have an old folder based notes archive with images to bring in",
     "will-dendron-ever-support-folders"),

    # What is the deal with schemas? Do I need to use them?
    ("what are schemas good for, and are they required?",
     "what-is-the-deal-with-schemas-do-i-need-to-use-them"),
    ("i keep seeing an indicator that my note doesnt match the schema. must i write one for every hierarchy?",
     "what-is-the-deal-with-schemas-do-i-need-to-use-them"),

    # Git Doc and other extensions don't recognize my repos for multi-vault
    ("gitdoc only picks up one of my vault repos, the nested ones are ignored",
     "git-doc-and-other-extensions-dont-recognize-my-repos-for-multi-vault"),
    ("each of my vaults is its own git repo but the vscode git extensions dont detect them. in what order should the folders be in the code-workspace file?",
     "git-doc-and-other-extensions-dont-recognize-my-repos-for-multi-vault"),

    # How do I share my notes with others?
    ("how can my coworkers read my notes? they dont use vscode at all",
     "how-do-i-share-my-notes-with-others"),
    ("best way to build a knowledge base together with a friend who also uses dendron?",
     "how-do-i-share-my-notes-with-others"),

    # What are pods?
    ("what is a pod",
     "what-are-pods"),
    ("we take meeting notes together in google docs, is there a way to turn them into dendron notes",
     "what-are-pods"),

    # Can I filter by the metadata in Dendron?
    ("can i query my notes by a custom frontmatter field, like list all notes with status: draft?",
     "can-i-filter-by-the-metadata-in-dendron"),
    ("is there some query language to filter by attributes with and/or, for example priority > 2 and tag = work",
     "can-i-filter-by-the-metadata-in-dendron"),

    # How to launch dendron with most recent vault quickly?
    ("every morning i hunt for my workspace again. fastest way to reopen the last one?",
     "how-to-launch-dendron-with-most-recent-vault-quickly"),
    ("how to open vscode directly into my recent dendron workspace",
     "how-to-launch-dendron-with-most-recent-vault-quickly"),

    # Why are there `root` files in my notes?
    ("what are root.md and root.schema.yml doing in my vault? i never created them",
     "why-are-there-root-files-in-my-notes"),
    ("what is root.schema.yml for, does it actually do anything",
     "why-are-there-root-files-in-my-notes"),

    # Is there a list of keyboard shortcuts I can see?
    ("where can i see all the hotkeys",
     "is-there-a-list-of-keyboard-shortcuts-i-can-see"),
    ("is there a cheat sheet of the keybindings somewhere inside the extension?",
     "is-there-a-list-of-keyboard-shortcuts-i-can-see"),

    # Why are there '+' signs next to the notes in the Tree View?
    ("some entries in the tree panel have a small plus next to them but there is no such file on disk. what are those",
     "why-are-there--signs-next-to-the-notes-in-the-tree-view"),
    ("why there is a + in front of some names in the sidebar?",
     "why-are-there--signs-next-to-the-notes-in-the-tree-view"),

    # I want to push all my note to my git repository periodically
    ("how do i make my notes auto commit and push every few minutes",
     "i-want-to-push-all-my-note-to-my-git-repository-periodically"),
    ("i always forget git push. any way to back up my vault to github automatically?",
     "i-want-to-push-all-my-note-to-my-git-repository-periodically"),

    # VSCode is telling me I have to authorize Dendron to run some code
    ("vs code asks if i trust the authors of the files in this folder when i open my notes. should i say yes?",
     "vscode-is-telling-me-i-have-to-authorize-dendron-to-run-some-code"),
    ("what stops working in restricted mode if i dont trust the workspace",
     "vscode-is-telling-me-i-have-to-authorize-dendron-to-run-some-code"),

    # My firewall is asking if I wanted to open new ports when I use Dendron. Why is this?
    ("windows firewall popup when dendron starts asking to allow network access. is it phoning home?",
     "my-firewall-is-asking-if-i-wanted-to-open-new-ports-when-i-use-dendron-why-is-this"),
    ("why does a note taking extension open ports on my machine",
     "my-firewall-is-asking-if-i-wanted-to-open-new-ports-when-i-use-dendron-why-is-this"),

    # How do I setup Dendron to work between multiple machines?
    ("i have a laptop and a desktop, how do i use the same notes on both?",
     "how-do-i-setup-dendron-to-work-between-multiple-machines"),
    ("sync between work pc and home pc?",
     "how-do-i-setup-dendron-to-work-between-multiple-machines"),
]

OUT_OF_SCOPE = [
    "is there an android or iphone app so i can read my notes on the go",
    "how do i paste a screenshot into a note",
    "how to create a daily journal note with todays date",
    "does the preview render mermaid diagrams",
    "can i put a password on a vault so it is encrypted",
    "how do i get a dark theme or a bigger font in the preview",
    "what is the minimum vscode version dendron needs",
    "can i write latex math formulas in my notes",
    "is there a flashcard or spaced repetition mode to study my notes",
    "how do i uninstall dendron and remove everything it added",
    "does dendron have a spell checker",
    "how do i insert a table in a note",
    "can i switch the dendron menus to spanish",
    "where are the logs stored when the extension crashes",
    "how long should i boil an egg for a runny yolk",
]
