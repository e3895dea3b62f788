"""Hand-written questions for the typescript-eslint FAQ set (faq/FAQ.mdx).

Written from the FAQ text alone. IN_SCOPE holds (question, section id) pairs,
OUT_OF_SCOPE holds questions the FAQ does not answer (expect null).
21 sections: every section has two questions, 18 of them a third (all but the
legacy "file must be included" message, the transpiled-output entry and the
deprecated-property warnings entry).
"""

EXT = "i-am-using-a-rule-from-eslint-core-and-it-doesnt-work-correctly-with-typescript-code"
DEFPROJ = ("i-get-errors-telling-me-having-many-files-run-with-the-default-project-is-known-"
           "to-cause-performance-issues-and-slow-down-linting")
NOTINCL = ("i-get-errors-telling-me-eslint-was-configured-to-run--however-that-tsconfig-does-not"
           "--none-of-those-tsconfigs-include-this-file")
OLDMSG = "i-get-errors-telling-me-the-file-must-be-included-in-at-least-one-of-the-projects-provided"
TURNON = "how-do-i-turn-on-a-typescript-eslint-rule"
WRONGTYPE = ("typescript-eslint-thinks-my-variable-is-never-nullish--is-any--etc-but-that-is-"
             "clearly-not-the-case-to-me")
CACHE = "can-i-use-eslints---cache-with-typescript-eslint"
EXTRAEXT = ("i-use-a-framework-like-vue-that-requires-custom-file-extensions-and-i-get-errors-like-"
            "you-should-add-parseroptionsextrafileextensions-to-your-config")
VUE = "i-am-running-into-errors-when-parsing-typescript-in-my-vue-files"
PUREJS = "one-of-my-lint-rules-isnt-working-correctly-on-a-pure-javascript-file"
OUTPUT = "should-i-run-eslint-on-transpiled-output-javascript-files"
LOCALTS = "typescript-should-be-installed-locally"
BAN = "how-can-i-ban-specific-language-feature"
TSERR = "why-dont-i-see-typescript-errors-in-my-eslint-output"
NOUNDEF = ("i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-"
           "though-there-are-no-typescript-errors")
VERSIONS = "how-do-i-check-to-see-what-versions-are-installed"
TSVER = "how-can-i-specify-a-typescript-version--parseroptionstypescriptlocation"
STALE = "changes-to-one-file-are-not-reflected-when-linting-other-files-in-my-ide"
DEPRECATED = "the-key-property-is-deprecated-on-type-nodes-use-key-instead-warnings"
SLOW = "my-linting-feels-really-slow"
REFS = "are-typescript-project-references-supported"

IN_SCOPE = [
    # builtin eslint rule misbehaving on TS syntax -> extension rules
    ("eslint no-unused-vars keeps flagging things that are only used as a type in my .ts files. "
     "is there a ts aware replacement for that rule?", EXT),
    ("some of the normal eslint rules go crazy on typescript syntax, for example semi. whats the right way to handle it", EXT),
    ("before i file a bug: a built-in eslint rule gives a false positive on my TS code. what should i check first?", EXT),

    # too wide glob for the default project
    ("getting a message that having many files on the default project will be slow. "
     "my allowDefaultProjectForFiles is set to **/*.js", DEFPROJ),
    ("i put a very wide glob in the project service default project option so all my loose scripts get type info, "
     "now eslint yells about performance. how to make it stop", DEFPROJ),
    ("is there a limit how many out-of-project files i can give to the default project thing?", DEFPROJ),

    # file not included in any tsconfig
    ("parsing error says eslint was configured to run on eslint.config.js with parserOptions.project "
     "but my tsconfig doesnt include it. i dont even need types for that file", NOTINCL),
    ("typed linting fails for files in scripts/ because they are not in tsconfig.json. "
     "should i make a tsconfig.eslint.json or what?", NOTINCL),
    ("my .cjs config file throws that none of my tsconfigs include it, how do i switch off type checking just for js files", NOTINCL),

    # legacy error message
    ("what does 'the file must be included in at least one of the projects provided' mean? "
     "we are on a pretty old version of the parser", OLDMSG),
    ("old project, error says file must be in one of the projects provided. do i need to upgrade?", OLDMSG),

    # enabling / configuring a plugin rule
    ("how do i turn on no-explicit-any from your plugin but only as a warning and with ignoreRestArgs", TURNON),
    ("new to eslint flat config. where do the @typescript-eslint/... rule names go and how do i pass options", TURNON),
    ("whats the format for configuring the array-type rule? the docs list an Options type but i dont get "
     "how to write that in the config file", TURNON),

    # rule disagrees with what the user thinks the type is
    ("no-unnecessary-condition says my boolean is always falsy but it gets set inside a callback!! bug?", WRONGTYPE),
    ("the no-unsafe rules report my value as any but my code is typed properly, why does the linter think its any", WRONGTYPE),
    ("hover in vscode shows a different type than what the lint error claims. how can they disagree", WRONGTYPE),

    # --cache
    ("can i use eslint --cache to speed up ci when i have type-aware rules on?", CACHE),
    ("is eslint caching reliable with typescript-eslint? we got missed errors after switching it on "
     "and im wondering if thats expected", CACHE),
    ("eslint --cache + type checked rules, good idea or not", CACHE),

    # extraFileExtensions
    ("error tells me to add extraFileExtensions to my config. we lint .vue files with typed rules", EXTRAEXT),
    ("how do i tell the typescript parser about a non-ts extension like .svelte when i use project", EXTRAEXT),
    ("got 'You should add parserOptions.extraFileExtensions' after enabling project in a nuxt repo, "
     "where exactly does that option go in flat config?", EXTRAEXT),

    # parsing TS inside .vue files
    ("parse errors inside <script lang=\"ts\"> blocks of vue single file components", VUE),
    ("how do i combine vue-eslint-parser with the typescript parser, which one goes on top level", VUE),
    ("vue sfc with typescript cant be parsed by eslint, unexpected token on the type annotations", VUE),

    # rules firing on plain JS
    ("explicit-function-return-type is firing in my plain .js files too. how to disable ts rules for js only", PUREJS),
    ("why does a typescript rule run on javascript files at all, shouldnt it skip them by extension?", PUREJS),
    ("a rule i enabled for typescript also reports in our old javascript folder, can i turn it off there by glob?", PUREJS),

    # linting compiled output
    ("should we also run eslint on the dist folder that tsc outputs?", OUTPUT),
    ("is linting the compiled js worth it or only the .ts sources", OUTPUT),

    # typescript installed globally
    ("i have typescript only installed globally (npm i -g). is that enough for the parser?", LOCALTS),
    ("do i really need typescript in devDependencies if its already global on the build machine", LOCALTS),
    ("typescript-eslint cant seem to find typescript, i installed it with yarn global add", LOCALTS),

    # banning a language feature
    ("ban enums how", BAN),
    ("want to disallow only const enums but still allow regular ones. possible with some rule?", BAN),
    ("how do i find out the selector to block a certain syntax? i want to forbid one specific ts construct "
     "in our codebase with a custom message", BAN),

    # type errors not shown by eslint
    ("eslint passes but tsc fails with type errors. why dont the type errors show up in eslint", TSERR),
    ("can typescript-eslint report the compiler errors so we dont need to run tsc separately in ci?", TSERR),
    ("why eslint no show TS2322 errors like the compiler do", TSERR),

    # no-undef
    ("no-undef says 'JSX' is not defined in my tsx files, but tsc is fine", NOUNDEF),
    ("should i keep no-undef enabled in a typescript project?", NOUNDEF),
    ("getting 'NodeJS is not defined' from eslint on types that come from @types/node, how to fix", NOUNDEF),

    # several installed versions
    ("how can i see if multiple versions of the parser or plugin are sitting in node_modules", VERSIONS),
    ("lint results change between runs for no reason. could react-scripts be pulling its own copy of your plugin?", VERSIONS),
    ("npm command to list which @typescript-eslint versions are in my dependency tree", VERSIONS),

    # choosing the TypeScript version for linting
    ("can i point the parser at a different typescript install, like a nightly, without changing the project's version?", TSVER),
    ("is there a typescriptLocation option or similar to pick which ts version is used for linting", TSVER),
    ("we want lint to use the typescript beta while the build stays on stable. is that allowed?", TSVER),

    # stale cross-file results in the editor
    ("changed an exported type in one file but vscode still shows the old lint error in the file that imports it", STALE),
    ("no-unsafe-assignment errors stay in the editor after i fixed the type in another module, on the command line its clean", STALE),
    ("eslint in my editor is stale across files, do i have to restart something?", STALE),

    # deprecated AST property warnings
    ("console warning: The 'typeParameters' property is deprecated on 'TSTypeReference' nodes. "
     "Use 'typeArguments' instead. where does it come from", DEPRECATED),
    ("after upgrading to v6 some plugin prints deprecation warnings about ast node properties, "
     "how do i find out which plugin it is", DEPRECATED),

    # slow linting
    ("linting takes forever since we turned on type aware rules, like 6 minutes on ci", SLOW),
    ("eslint very slow in our monorepo, any performance tips?", SLOW),
    ("my lint run got about 10x slower, where should i look", SLOW),

    # project references
    ("we use tsconfig project references in a monorepo. does typed linting handle them?", REFS),
    ("does the parser support composite tsconfigs with references", REFS),
    ("references: [{ path: './packages/a' }] in tsconfig, will typescript-eslint follow these?", REFS),
]

OUT_OF_SCOPE = [
    "how do i set up prettier together with typescript-eslint so they dont fight over formatting",
    "whats the cli flag to let eslint auto fix the problems it can fix",
    "how to write my own custom lint rule using the typescript-eslint utils package",
    "difference between the recommended and the strict shared configs?",
    "we still have tslint.json, whats the migration path to typescript-eslint",
    "does typescript-eslint work with deno projects",
    "how to lint only the staged files in a pre-commit hook with husky and lint-staged",
    "which node version is required for typescript-eslint v8",
    "how do i disable one rule for just a single line with a comment",
    "naming-convention rule: how to force interfaces to start with a capital I",
    "is there a rule that makes people use import type for type-only imports",
    "where do i privately report a security vulnerability in typescript-eslint",
    "can biome replace typescript-eslint completely or do i need both",
    "how can my company sponsor the typescript-eslint maintainers",
    "whats a good recipe for banana bread without eggs",
]
