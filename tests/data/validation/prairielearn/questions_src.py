"""Hand-written questions for the PrairieLearn FAQ set (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id) pairs,
every one of the 25 sections twice and ten of them a third time (60).
OUT_OF_SCOPE: 15 questions near the domain that the FAQ does not answer,
plus one off-topic question.
"""

RETAKE = "how-do-i-let-a-student-continue-working-on-an-exam-or-take-the-exam-again"
VIEW_AFTER = "how-do-i-give-students-access-to-view-their-exams-after-they-are-over"
POOL = "how-can-question-pool-development-be-managed-over-semesters"
REVIEW = "should-students-be-able-to-review-their-exams-after-they-are-over"
VARIANTS = "how-can-i-view-student-answers-to-all-variants-of-a-homework-question"
AFTER_SEM = "how-do-i-give-a-student-access-to-homeworks-or-an-exam-after-the-semester-is-over"
ROLE_NONE = "why-does-a-user-have-the-role-of-none"
CLOSED = "why-is-the-exam-closed-if-it-is-not-past-the-end-date"
CHEAT = "how-can-we-provide-a-cheat-sheet-for-exams-held-in-a-testing-center"
CLIENT_FILES = "how-can-i-reference-material-in-clientfilesquestion-from-the-serverpy"
QID = "why-is-my-qid-invalid"
JSON_ERR = "why-do-i-have-a-syntax-error-in-my-json-file"
UUID = "why-is-the-uuid-used-in-multiple-questions"
GRADER = "what-steps-do-i-have-to-take-to-access-the-parameter-object-in-an-external-grader"
DOCKER = "why-cant-i-launch-prairielearn-with-docker"
SPECIAL = "why-do-special-characters-like--and--break-my-question-display"
TOOLBOX = "why-cant-i-connect-to-prairielearn-with-docker-toolbox"
TEMPLATE = "how-can-i-make-a-block-that-can-be-re-used-in-many-questions"
HIDE = "how-can-i-hide-the-correct-answer-when-students-see-their-grading-results"
CREDIT = "i-forgot-to-set-credit100-and-now-my-students-all-have-0-how-do-i-fix-this"
OLD_VERSION = ("i-updated-my-question-but-students-are-still-seeing-the-old-version-"
               "how-can-i-get-students-to-see-the-new-version")
CSV_COLS = "when-i-open-some-csv-downloads-some-data-is-in-the-wrong-columns"
WORKSPACE = ("i-have-files-that-should-be-included-both-in-the-workspace-and-in-the-tests-"
             "how-do-i-store-these-files-to-avoid-duplication")
GROUP_NAMES = "when-uploading-grades-via-csv-the-upload-process-cannot-match-some-group-names-why"
UNLOAD = ("i-have-a-custom-element-or-inputs-in-my-question-students-always-see-a-warning-"
          "when-leaving-the-page-even-when-they-have-not-made-any-changes-how-can-i-fix-this")

IN_SCOPE = [
    # let a student continue / retake an exam (third: common)
    ("a students laptop died halfway through the midterm in the testing center. "
     "can she just pick up where she stopped or is her attempt gone?", RETAKE),
    ("one guy was sick on test day and i want him to get a brand new randomized "
     "version, do i need to delete his old one first", RETAKE),
    ("half my class failed quiz 3 so i want to run a second chance quiz with "
     "other problems on it, whats the easiest way", RETAKE),

    # let the class look at finished exams (third: common)
    ("after the final is over i want everybody to be able to look at their "
     "submitted exam but not answer anything anymore. what do i put in the config?",
     VIEW_AFTER),
    ("make a finished quiz read only for students", VIEW_AFTER),
    ("what happens exactly if i add an allowAccess entry with only a startDate "
     "and active false? students can still open their workspace files?", VIEW_AFTER),

    # question pool over semesters
    ("we teach the same intro course every term and reuse most questions. any "
     "tips how to keep exam questions fresh and not leaked while still building "
     "up the bank?", POOL),
    ("how you guys split homework problems vs secret exam problems over many "
     "semesters", POOL),

    # should students review exams (policy)
    ("is it a good idea pedagogically to let students go through their graded "
     "exam afterwards, or will that burn all my questions", REVIEW),
    ("how do big courses handle post-exam review without the questions ending "
     "up online? looking for options not a config snippet", REVIEW),

    # all variants of a homework question
    ("a student claims the homework problem showed her different numbers "
     "yesterday. where can i see every version she got and what she typed in "
     "each, not only the latest one?", VARIANTS),
    ("see all previous random instances of a question for one student", VARIANTS),

    # access after the semester (third: common)
    ("student got an incomplete in fall and has to sit the final in february, "
     "but the fall course instance is already ended. how do i let only him in?",
     AFTER_SEM),
    ("extend old semester course access for a single uid", AFTER_SEM),
    ("can i reopen last terms homeworks just for one person who is finishing "
     "the course late", AFTER_SEM),

    # role None
    ("in the students list some people show role None, what does this mean?",
     ROLE_NONE),
    ("why there is user with no role in my course, i think he dropped the class",
     ROLE_NONE),

    # exam closed before end date (third: common)
    ("my take home exam is due friday but some students already see it as closed. "
     "why?", CLOSED),
    ("exam locks itself after some hours without activity, how to disable that "
     "for an at-home test", CLOSED),
    ("student left the exam tab open overnight and this morning she cant submit "
     "anymore even though the deadline is next week", CLOSED),

    # cheat sheet in testing center
    ("how do i give students a formula sheet pdf they can open during the exam "
     "at the CBTF?", CHEAT),
    ("where to put a reference pdf so it shows up inside one assessment only",
     CHEAT),

    # clientFilesQuestion from server.py
    ("how do i read a csv file that sits in my question folder from inside the "
     "generate function", CLIENT_FILES),
    ("open() in server.py says file not found for my data file, which path "
     "should i use?", CLIENT_FILES),

    # invalid QID
    ("sync gives error: invalid QID. what does it mean", QID),
    ("i renamed a question directory and now the assessment that uses it fails "
     "to sync", QID),

    # JSON syntax error (third: common)
    ("sync failed with SyntaxError: Unexpected token '{' at 55:17 in "
     "infoAssessment.json", JSON_ERR),
    ("i think i broke my assessment config, it says error in json file format "
     "(line 55, column 17)", JSON_ERR),
    ("probably forgot a comma between two questions in the zones list, sync "
     "complaining", JSON_ERR),

    # duplicate UUID (third: common)
    ("i copied an existing question to make a new one and now sync says the "
     "uuid is used in multiple questions", UUID),
    ("is it ok to change the uuid of the original question instead of the "
     "copy? students are already using the original", UUID),
    ("duplicate id error after copy pasting a question folder", UUID),

    # params in external grader
    ("in my autograder tests how do i get the params that server.py generated?",
     GRADER),
    ("where is data.json located inside the external grading container", GRADER),

    # docker port already allocated (third: common)
    ("running prairielearn locally, docker says port is already allocated "
     "(Bind for 0.0.0.0:3000 failed)", DOCKER),
    ("i closed the browser and the terminal but when i start the local "
     "preview again it wont come up", DOCKER),
    ("how to get rid of the old local container that is still holding port 3000",
     DOCKER),

    # special characters
    ("my question page renders wrong when the text has x < y in it", SPECIAL),
    ("how to show c++ code with angle brackets and & in a question without the "
     "html breaking", SPECIAL),

    # Docker Toolbox
    ("im on an older windows pc with docker toolbox and cannot reach localhost "
     "for prairielearn", TOOLBOX),
    ("is docker toolbox still supported for running the course locally?",
     TOOLBOX),

    # reusable block / template
    ("i have the same paragraph of instructions in 40 questions, can i write it "
     "once and include it everywhere with a few values changed?", TEMPLATE),
    ("is there something like a partial or include for question html", TEMPLATE),

    # hide correct answer (third: common)
    ("i dont want students to see the right answer after they submit the "
     "homework", HIDE),
    ("pl-multiple-choice has no option to hide the answer panel, how can i hide "
     "it anyway", HIDE),
    ("where do i set showCorrectAnswer false", HIDE),

    # credit 100 forgotten (third: common)
    ("all my students show 0% on quiz 2 even though they clearly got points, "
     "whats going on", CREDIT),
    ("forgot the credit field in the access rule. how can i fix the scores "
     "without making everyone answer another question?", CREDIT),
    ("points are there but percentage stuck at zero for the whole class", CREDIT),

    # updated question, students see old version (third: common)
    ("i fixed a wrong answer key in one question but students still get graded "
     "against the old value", OLD_VERSION),
    ("how do i reset variants so everyone gets the corrected version of the "
     "problem", OLD_VERSION),
    ("changed the generate function yesterday but one student still sees the "
     "old numbers on his assessment, how to force new one only for him",
     OLD_VERSION),

    # CSV downloads in wrong columns
    ("opened the all_submissions csv in excel and the columns are shifted and "
     "wrapped", CSV_COLS),
    ("excel seems to cut the params column and everything after it looks "
     "broken, how to clean this", CSV_COLS),

    # files in workspace and tests
    ("same .h file is needed in the student workspace and in the autograder "
     "tests, how do i avoid keeping two copies", WORKSPACE),
    ("can _workspace_files point at a file in the tests folder?", WORKSPACE),

    # group names in CSV upload
    ("manual grading csv upload for group work fails, it cant find group 0123",
     GROUP_NAMES),
    ("excel removed the leading zeros from team names and now the score upload "
     "does not match any group", GROUP_NAMES),

    # leave-page warning with custom element
    ("students get the 'leave site? changes may not be saved' popup even when "
     "they did not touch anything. the question uses my own custom element",
     UNLOAD),
    ("my js fills a hidden input a bit after the page loads and now "
     "prairielearn thinks it was changed, how to stop that warning", UNLOAD),
]

OUT_OF_SCOPE = [
    "how do i connect prairielearn to canvas so that the grades sync automatically",
    "how can i add a TA to my course who can edit questions but not see grades?",
    "which python packages are available by default in server.py",
    "is there an element where students can draw a free body diagram",
    "how much does prairielearn cost for a university department",
    "how do i create exam sessions in prairietest and set the room capacity",
    "can i import my old question bank from moodle xml",
    "how do i put a 50 minute time limit on an online quiz",
    "student has accommodation for 1.5x time on timed exams, how do i set that up",
    "where can i see item statistics like discrimination for each question",
    "my professor gave me a course link, how do i enroll as a student",
    "can the autograder run R code instead of python",
    "can i give every student the same random numbers by fixing the seed",
    "does prairielearn detect if students copy code from each other",
    "whats a good recipe for banana bread",
]
