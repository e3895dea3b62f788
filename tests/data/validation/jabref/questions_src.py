"""Hand-written validation questions for the JabRef "General FAQs" page.

Written from faq/faqgeneral.md alone (JabRef/user-documentation,
en/faq/faqgeneral.md). IN_SCOPE: (question, section id from sections.txt);
OUT_OF_SCOPE: questions a JabRef user might ask that the page does not
answer (expect null).
"""

# short names for the 29 section ids (sections.txt)
CITE = "q-i-use-jabref-in-my-work-should-i-mention-jabref-in-my-publications"
FREE = "q-is-jabref-free-for-private-and-corporate-use"
NOSTART = "q-jabref-does-not-start-what-should-i-do"
OLDVER = ("q-i-have-tried-the-latest-version-of-jabref-since-then-the-library-entries-"
          "are-no-longer-displayed-in-any-old-version-what-should-i-do")
PUBS = "q-are-there-any-publications-dealing-with-jabref"
UTF8 = "q-does-jabref-support-non-english-languages-or-utf8-in-general"
REMOTE = ("q-if-i-double-click-a-bibtex-file-in-the-file-browser-jabref-always-opens-a-"
          "new-window-can-jabref-open-the-libraries-in-the-same-window-just-in-a-different-tab")
FROMID = "q-i-have-an-doiisbneprintetc-is-it-possible-to-create-an-entry-directly-out-of-this-identifier"
NOTFOUND = "q-why-cant-jabref-find-any-doiisbneprintetc"
FIELD = "q-i-miss-a-field-translator-lastfollowedon-etc-how-can-i-add-such-fields"
NOWRAP = ("q-how-do-i-prevent-jabref-from-introducing-line-breaks-in-certain-fields-"
          "such-as-title-when-saving-the-bib-file")
APPEND = ("q-is-it-possible-to-append-entries-from-a-bibtex-file-eg-from-my-web-browser-"
          "to-the-currently-opened-library")
RELATIVE = ("q-how-do-i-link-external-files-with-paths-relative-to-my-bib-file-so-i-can-"
            "move-my-library-along-with-its-files-to-another-directory")
PDFDIR = "q-can-i-use-a-bib-file-specific-pdf-directory"
CSV = ("q-how-do-i-export-my-bibliography-entries-into-a-simple-text-file-so-i-can-"
       "import-them-into-a-spreadsheet-in-libreoffice-openoffice-ms-office-etc")
KEYWORDS = "q-how-do-i-add-and-remove-keywords-of-multiple-entries"
FILETYPE = "q-when-linking-a-file-i-cannot-set-the-correct-type-how-do-i-add-new-types"
PORTABLE = "q-is-there-a-portable-version-of-jabref"
CORPAUTH = ("q-when-an-organization-is-provided-as-author-my-bibtex-style-doesnt-recognize-"
            "it-for-instance-european-commission-is-converted-to-commission-e")
BIBTEXFAQ = "q-is-there-a-faq-on-bibtex"
SUBSET = "q-how-do-i-export-a-subset-to-of-my-library-to-bibtex-or-biblatex-format"
AUX = "q-how-do-i-export-a-subset-corresponding-to-my-latex-file"
SAVEACT = ("q-when-i-modify-my-library-i-would-like-that-jabref-performs-entry-cleaning-"
           "automatically-how-to-do-this")
SCHOLAR = "q-search-on-google-scholar-does-not-work-anymore-why"
VIM = ("q-jabref-does-not-push-to-vim-although-i-have-configured-the-right-path-and-"
       "server-name-what-is-going-on")
PLUGINS = "q-my-plugins-stopped-working-why"
RENAME = ("q-where-did-the-renamefile-plugin-go-how-do-i-rename-files-automatically-"
          "after-importing-entries")
DEVVER = "q-how-to-test-a-development-version-without-uninstalling-the-released-version"
PREFSEARCH = "q-in-the-preferences-i-want-to-change-the-option-xyz-how-to-find-it"

IN_SCOPE = [
    # citing JabRef
    ("do i have to cite jabref in my thesis if i used it to manage all my refrences?", CITE),
    ("is it required to credit the reference manager somewhere in a paper, or is that "
     "optional? my supervisor asked if we need to add jabref to the acknowledgements", CITE),

    # licence / cost
    ("can my company use jabref for free or do we need to buy a commercial licence", FREE),
    ("whats jabref's license? IT wants to know if were allowed to roll it out on all "
     "the office laptops", FREE),

    # does not start
    ("jabref wont launch on windows 10, i double click and nothing happens, already "
     "reinstalled twice. what now", NOSTART),
    ("app dies right away on startup. how do i reset all settings to default from the "
     "command line?", NOSTART),

    # went back to an old version
    ("i tried the new 5.x release, then went back to 4.3 and now the main table is "
     "completely empty!! did i lose my data??", OLDVER),
    ("downgraded jabref after testing the latest build and my libary shows no entries, "
     "but the .bib file still has everything in it when i open it in notepad", OLDVER),

    # publications about JabRef
    ("is there a list of papers or articles written about jabref itself? im doing a "
     "lit review on reference managers", PUBS),
    ("any academic publications that discuss jabref", PUBS),

    # encoding / languages
    ("umlauts and chinese characters in my entries show up as garbage, how do i make "
     "jabref use utf-8", UTF8),
    ("can i switch the jabref interface to german?", UTF8),

    # remote operation: one window
    ("every time i double click a .bib in explorer it spawns another jabref window. i "
     "want it to open as a tab in the one thats already running", REMOTE),
    ("how do i stop jabref from opening multiple instances of itself", REMOTE),

    # new entry from an identifier
    ("i have a doi like 10.1145/3368089.3409741 - can jabref build the whole entry from "
     "it so i dont have to type author, title etc", FROMID),
    ("is there a way to create an entry from an arxiv id instead of filling in all the "
     "fields by hand", FROMID),

    # identifier not found
    ("jabref says it cant find anything for my doi but the doi definately exists, i can "
     "open it in the browser. why", NOTFOUND),
    ("doi lookup with the crossref fetcher keeps failing: 'no entry found'. the paper is "
     "from a small regional journal, is that the reason?", NOTFOUND),

    # extra fields
    ("i need a translator field for translated books but its not in the entry editor. "
     "how do i add custom fields", FIELD),
    ("how to add an extra field that only shows up for the @book entry type", FIELD),

    # no line wrapping on save
    ("when i save, jabref wraps my long titles over several lines in the .bib and it "
     "ruins my git diffs. can i turn that off just for title?", NOWRAP),
    ("stop line wrapping in the abstract field when saving", NOWRAP),

    # append entries to the open library
    ("i downloaded a .bib snippet from a publishers site, can i pull it straight into "
     "the library i already have open instead of it opening as a new one", APPEND),
    ("command line option to add entries from a bib file into the currently open "
     "database?", APPEND),

    # relative file links
    ("i keep my pdfs next to my .bib in a dropbox folder and when i move the folder all "
     "the file links break. can the links be relative?", RELATIVE),
    ("file links get saved as absolute paths like C:\\Users\\anna\\papers\\smith2019.pdf, "
     "i want them relative to the bib file", RELATIVE),
    ("how do i make the file directory just be the same folder the .bib lives in", RELATIVE),

    # library-specific PDF directory
    ("can each library have its own pdf folder? thesis.bib and project.bib shouldnt "
     "share one", PDFDIR),
    ("we share one bib on a network drive but everyone keeps their pdfs somewhere "
     "different on their own machine. how do i set a folder that only applies to me", PDFDIR),

    # CSV / spreadsheet export
    ("how do i get my references into excel", CSV),
    ("export the bibliography as csv so i can sort it in libreoffice calc", CSV),

    # keywords on many entries
    ("i want to tag 40 entries with the keyword 'chapter3' at once, is there a bulk way "
     "to do that?", KEYWORDS),
    ("remove one keyword from lots of entries at the same time", KEYWORDS),

    # external file types
    ("im attaching .epub files and jabref doesnt have that file type in the dropdown. "
     "how do i add it", FILETYPE),
    ("linking a .docx to an entry but word documents arent in the type list", FILETYPE),

    # portable version
    ("can i run jabref off a usb stick on the uni computers where i cant install "
     "anything", PORTABLE),
    ("is there a no-installer version, like just a zip?", PORTABLE),

    # corporate authors
    ("my bibliography shows 'Organization, W. H.' instead of 'World Health "
     "Organization'. how do i keep a corporate author name intact", CORPAUTH),
    ("author = {European Commission} gets printed as Commission, E. and i also want the "
     "biblatex label to be EC", CORPAUTH),

    # BibTeX FAQ
    ("where can i find general bibtex help, not jabref specific stuff", BIBTEXFAQ),
    ("is there a german faq about bibtex / literaturverzeichnis?", BIBTEXFAQ),

    # export a subset as BibTeX
    ("i only want to send 15 of my 800 references to a coauthor as a .bib, how", SUBSET),
    ("save just the selected entries as a plain bibtex file", SUBSET),
    ("does jabref use its own file format or is my library already bibtex? a colleague "
     "using biblatex needs a handful of my entries", SUBSET),

    # subset from the .aux file
    ("make a seperate .bib with only the references actually cited in my latex "
     "document", AUX),
    ("i have main.aux from pdflatex, can jabref pull just the cited entries out of my "
     "huge master library?", AUX),

    # save actions
    ("can jabref automatically tidy up fields (e.g. normalize page ranges) every time i "
     "save", SAVEACT),
    ("is there something like format-on-save for a library", SAVEACT),

    # Google Scholar
    ("google scholar search inside jabref worked yesterday, today it returns nothing. "
     "am i blocked?", SCHOLAR),
    ("scholar fetcher stops after a bunch of queries, too many requests. why does that "
     "happen", SCHOLAR),

    # push to vim
    ("push to application -> vim does nothing at all, and i did set the path and the "
     "server name correctly", VIM),
    ("vim complains 'Unknown option argument: \"--servername\"' when jabref tries to "
     "send a citation to it", VIM),

    # plugins
    ("updated from 2.10 and all my plugins are gone", PLUGINS),
    ("where is the plugin manager in jabref? i cant install plugins any more", PLUGINS),

    # RenameFile / automatic renaming
    ("how can i rename attached pdfs to the bibtex key automatically after import", RENAME),
    ("my renamefile plugin isnt there after the upgrade, what replaced it?", RENAME),

    # development version side by side
    ("i want to try the nightly build but keep my installed stable release, how", DEVVER),
    ("can i run the development snapshot side by side with the released version on "
     "windows without uninstalling anything", DEVVER),

    # searching the preferences
    ("theres so many preference tabs, i cant find the setting i need. is there a search "
     "or something", PREFSEARCH),
    ("looked through every tab of the preferences dialog and still cant find one "
     "option. quickest way to locate it?", PREFSEARCH),
]

OUT_OF_SCOPE = [
    "how do i insert citations from jabref into a microsoft word document",
    "can jabref sync with my zotero library",
    "import an endnote library (.enl) into jabref?",
    "how to find and merge duplicate entries in a big library",
    "several people need to edit one library at the same time, can jabref use a shared "
    "postgres database for that",
    "is there a jabref browser extension for firefox to grab references from web pages",
    "can jabref download the missing pdfs for my entries automatically",
    "how do i organise my entries into groups by topic",
    "is there a jabref app for android or ios",
    "jabref crashed, where are the backup / autosave copies of my .bib kept",
    "which jdk version do i need to build jabref from source",
    "how do i write a custom export filter that produces an html reference list",
    "how do i check my library for problems like missing years or malformed pages",
    "whats a good banana bread recipe with 3 overripe bananas",
    "how do i reset the admin password on my wifi router",
]
