"""Hand-written questions for the blind Cypress FAQ set.

Written from the FAQ text (faq/general-questions-faq.mdx) alone, in the style
of a Discord support channel. IN_SCOPE: (question, expected section id).
OUT_OF_SCOPE: questions about Cypress that no section of this FAQ answers
(expect null).
"""

IN_SCOPE = [
    # is-cypress-free-and-open-source
    ("do we have to buy a license to use cypress at work or is the test runner itself free? and what's that cloud thing on the pricing page",
     "is-cypress-free-and-open-source"),
    ("is cypres actually oss? what licence is the app under",
     "is-cypress-free-and-open-source"),

    # what-operating-systems-do-you-support
    ("can i install cypress on my linux laptop or is it mac only",
     "what-operating-systems-do-you-support"),
    ("half the team is on windows 11, the other half on macbooks. will the cypress app run on all of those machines?",
     "what-operating-systems-do-you-support"),

    # do-you-support-native-mobile-apps
    ("can cypress drive our react native app on a real android phone",
     "do-you-support-native-mobile-apps"),
    ("we have an ios app written in swift, any way to write cypress tests against it?",
     "do-you-support-native-mobile-apps"),
    ("our phone app is built with ionic so its basically a webview. can i test that with cypress, and how would i fake a swipe gesture",
     "do-you-support-native-mobile-apps"),

    # how-is-this-different-from-x-testing-tool
    ("coming from capybara in a rails shop - why would we switch to cypress, whats actually different day to day?",
     "how-is-this-different-from-x-testing-tool"),
    ("does cypress replace mocha and karma or does it sit on top of them? trying to figure out how it relates to the stuff we already run",
     "how-is-this-different-from-x-testing-tool"),

    # do-you-support-x-language-or-x-framework
    ("our backend is php/laravel and the frontend is vue, does cypress care what stack the app is built with?",
     "do-you-support-x-language-or-x-framework"),
    ("can I test a C# asp.net web app with cypress or is it only meant for node projects",
     "do-you-support-x-language-or-x-framework"),

    # can-i-run-cypress-on-another-browser-other-than-chrome
    ("is cypress chrome only?? we need the suite to run in firefox too",
     "can-i-run-cypress-on-another-browser-other-than-chrome"),
    ("which browsers can it launch apart from chrome, like edge?",
     "can-i-run-cypress-on-another-browser-other-than-chrome"),
    ("QA wants cross browser runs before every release. does cypress support anything besides google's browser",
     "can-i-run-cypress-on-another-browser-other-than-chrome"),

    # will-cypress-work-in-my-ci-provider
    ("we use gitlab pipelines, will cypress run there or is it only github actions",
     "will-cypress-work-in-my-ci-provider"),
    ("can i run the tests headless on our self hosted jenkins box?",
     "will-cypress-work-in-my-ci-provider"),

    # does-cypress-require-me-to-change-any-of-my-existing-code
    ("do i have to add some cypress sdk or hooks into my app's source before i can test it",
     "does-cypress-require-me-to-change-any-of-my-existing-code"),
    ("manager is nervous: will adopting cypress force us to modify the production codebase at all?",
     "does-cypress-require-me-to-change-any-of-my-existing-code"),

    # does-cypress-use-selenium--webdriver
    ("is cypress just a wrapper around selenium under the hood?",
     "does-cypress-use-selenium--webdriver"),
    ("do I need chromedriver or some webdriver server running in the background like with our old setup",
     "does-cypress-use-selenium--webdriver"),
    ("does cypress fire real native browser events or simulated ones? how is that different from the selenium approach",
     "does-cypress-use-selenium--webdriver"),

    # if-cypress-runs-in-the-browser-doesnt-that-mean-its-sandboxed
    ("if the tests execute inside the page, arent they stuck with the same js security limits as any website? how can it do stuff outside the browser then",
     "if-cypress-runs-in-the-browser-doesnt-that-mean-its-sandboxed"),
    ("doesnt living inside the browser mean cypress is restricted like a normal web script",
     "if-cypress-runs-in-the-browser-doesnt-that-mean-its-sandboxed"),

    # we-use-websockets-will-cypress-work-with-that
    ("our app is a realtime chat over socket.io, can cypress handle that",
     "we-use-websockets-will-cypress-work-with-that"),
    ("does cypress play nice with ws:// connections? our dashboard pushes live updates",
     "we-use-websockets-will-cypress-work-with-that"),

    # we-have-the-most-complex-most-outrageous-authentication-system-ever-will-cypress-work-with-that
    ("our login has 2FA with a TOTP code plus a captcha, can cypress get past that?",
     "we-have-the-most-complex-most-outrageous-authentication-system-ever-will-cypress-work-with-that"),
    ("We have a really convoluted login: SSO redirect, then a hardware key, then a rotating token. Is there any chance Cypress copes with it, or should we switch parts off in the test env?",
     "we-have-the-most-complex-most-outrageous-authentication-system-ever-will-cypress-work-with-that"),
    ("fingerprint / retina scan login on our site - can cypress test that lol",
     "we-have-the-most-complex-most-outrageous-authentication-system-ever-will-cypress-work-with-that"),

    # is-it-possible-to-use-cypress-on-jspa
    ("our legacy atlassian-style app serves pages with a weird .jspa extension, will cypress work on those?",
     "is-it-possible-to-use-cypress-on-jspa"),
    ("old java server app, urls end in jspa (struts/webwork actions). can cypress even test pages like that",
     "is-it-possible-to-use-cypress-on-jspa"),

    # can-i-use-cypress-to-script-user-actions-on-an-external-site-like-gmailcom
    ("can i use cypress to automate logging into my gmail and clicking through emails? like a little bot",
     "can-i-use-cypress-to-script-user-actions-on-an-external-site-like-gmailcom"),
    ("want to use cypress to automate stuff on a third party website we dont own (fill forms on a vendor portal every morning). good idea?",
     "can-i-use-cypress-to-script-user-actions-on-an-external-site-like-gmailcom"),

    # is-there-code-coverage
    ("how do i get a coverage report out of my e2e runs",
     "is-there-code-coverage"),
    ("is there a way to see which lines of my app the cypress tests actually hit? istanbul or something",
     "is-there-code-coverage"),
    ("can I measure fullstack coverage, frontend and the node backend together, from the cypress suite?",
     "is-there-code-coverage"),

    # are-there-driver-bindings-in-my-language
    ("is there a python client for cypress like selenium has? really dont want to write js",
     "are-there-driver-bindings-in-my-language"),
    ("can i write my specs in coffeescript or some other compile-to-js language and have cypres run them",
     "are-there-driver-bindings-in-my-language"),

    # what-resources-do-you-recommend-to-learn-javascript-before-writing-cypress-tests
    ("im a manual tester with basically zero js knowledge, where should i start learning before i write cypress tests?",
     "what-resources-do-you-recommend-to-learn-javascript-before-writing-cypress-tests"),
    ("any good free books or video courses for javascript basics so i can get up to speed for test automation",
     "what-resources-do-you-recommend-to-learn-javascript-before-writing-cypress-tests"),

    # so-what-benefits-would-one-get-for-converting-ones-unit-tests-from-karma-or-jest-to-cypress
    ("is it worth porting our jest unit tests over to cypress? what would we actually gain",
     "so-what-benefits-would-one-get-for-converting-ones-unit-tests-from-karma-or-jest-to-cypress"),
    ("we've got ~800 karma unit specs. any real upside to rewriting them to run inside cypress?",
     "so-what-benefits-would-one-get-for-converting-ones-unit-tests-from-karma-or-jest-to-cypress"),

    # whats-the-difference-between-a-spec-test-and-a-test-suite
    ("bit confused by the terminology - is a 'spec' the same thing as a test? and what counts as a suite",
     "whats-the-difference-between-a-spec-test-and-a-test-suite"),
    ("what do people mean by a smoke suite vs a critical path suite? how do i group my files",
     "whats-the-difference-between-a-spec-test-and-a-test-suite"),

    # when-should-i-write-a-end-to-end-tests-and-when-should-i-write-component-tests
    ("should my react date picker be covered with component testing or e2e? how do i choose",
     "when-should-i-write-a-end-to-end-tests-and-when-should-i-write-component-tests"),
    ("setting up cypress for the first time and the wizard asks me to pick a testing type. which one do i want",
     "when-should-i-write-a-end-to-end-tests-and-when-should-i-write-component-tests"),

    # when-should-i-write-a-unit-test-and-when-should-i-write-an-end-to-end-test
    ("how do i decide whether something needs a unit test or a full end to end test",
     "when-should-i-write-a-unit-test-and-when-should-i-write-an-end-to-end-test"),
    ("my unit tests need jsdom + sinon + a ton of mocks to pretend there's a browser... should those just be e2e tests instead?",
     "when-should-i-write-a-unit-test-and-when-should-i-write-an-end-to-end-test"),
    ("rule of thumb for unit vs e2e? the team keeps arguing about it in code review",
     "when-should-i-write-a-unit-test-and-when-should-i-write-an-end-to-end-test"),

    # how-do-i-convince-my-company-to-use-cypress
    ("my team lead is skeptical, how do i pitch cypress to management",
     "how-do-i-convince-my-company-to-use-cypress"),
    ("any tips on getting the org to adopt cypress? they're stuck in their old ways and I need a way to show them its worth it",
     "how-do-i-convince-my-company-to-use-cypress"),

    # how-can-i-find-out-about-new-versions-of-cypress
    ("where do i see release notes for new cypress versions",
     "how-can-i-find-out-about-new-versions-of-cypress"),
    ("how do i keep track of when a new version comes out and what changed in it",
     "how-can-i-find-out-about-new-versions-of-cypress"),

    # how-often-are-cypress-versions-released
    ("whats the release schedule? like how often do new versions drop",
     "how-often-are-cypress-versions-released"),
    ("when can i expect the next major with breaking changes, is there a regular cadence? planning our upgrade budget",
     "how-often-are-cypress-versions-released"),

    # what-information-is-captured-or-transmitted-when-using-cypress
    ("does cypress send any of our test data or app data to your servers? security team is asking",
     "what-information-is-captured-or-transmitted-when-using-cypress"),
    ("is there telemetry in cypress and how do i turn it off",
     "what-information-is-captured-or-transmitted-when-using-cypress"),
    ("our app is under NDA. when i run tests locally does cypress phone home with anything?",
     "what-information-is-captured-or-transmitted-when-using-cypress"),

    # can-i-write-api-tests-using-cypress
    ("can i use cypress to hit my REST endpoints directly, no UI involved?",
     "can-i-write-api-tests-using-cypress"),
    ("is cypress ok for backend api testing or should i stick with postman for that",
     "can-i-write-api-tests-using-cypress"),
    ("after adding items through the UI i want to check the server really has 2 records, can i call the backend from the same test?",
     "can-i-write-api-tests-using-cypress"),
]

OUT_OF_SCOPE = [
    "how do i upload a file into an <input type=file> in a test",
    "cant click anything inside an iframe (stripe checkout), cypress says element not found",
    "link opens in a new tab and cypress loses it, how do you handle target=_blank",
    "the recorded videos are huge, how do I turn video recording off or make it smaller",
    "some tests are flaky in ci, can cypress automatically retry a failed test a couple times?",
    "how do i do drag and drop with cypress, trigger doesnt seem to work on my sortable list",
    "where do i set baseUrl so i can just write cy.visit('/login')",
    "how can i check that clicking export actually downloaded the csv file",
    "my page is slow and cy.get gives up too early. how do i raise the default timeout for everything",
    "how do i hover over a menu so the dropdown shows",
    "whats the best way to load test data from a json file into my spec",
    "can i fake the current date so my calendar tests dont break every month",
    "elements inside a web component's shadow dom arent found by cy.get, any fix?",
    "how do i pick an option from a <select> dropdown",
    "how should i pass an api key to my tests without committing it to the repo",
]
