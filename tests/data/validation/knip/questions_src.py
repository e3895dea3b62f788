"""Hand-written questions for the blind Knip FAQ set (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE is a list of (question, section id)
pairs: 20 sections x 3 questions = 60. OUT_OF_SCOPE lists 15 questions the
FAQ does not answer (14 near the domain, one off-topic).
"""

IN_SCOPE = [
    # --- Why isn't Knip an ESLint plugin?
    ("can i just get this as an eslint rule instead of running one more separate tool in ci?",
     "why-isnt-knip-an-eslint-plugin"),
    ("we already use eslint with no-unused-vars and import plugin. why knip must be its own cli and not simply a plugin inside our lint config",
     "why-isnt-knip-an-eslint-plugin"),
    ("my lead asks why this thing doesnt work file by file like our other linter does",
     "why-isnt-knip-an-eslint-plugin"),

    # --- Isn't tree-shaking enough?
    ("our bundler already strips dead code from the prod build (rollup). do i even need knip then?",
     "isnt-tree-shaking-enough"),
    ("vite removes unused stuff when building so whats the point",
     "isnt-tree-shaking-enough"),
    ("doesnt esbuild already drop exports nobody uses from the bundle? feels redundant to add another tool for that",
     "isnt-tree-shaking-enough"),

    # --- Why does Knip have plugins?
    ("how does knip know @edge-runtime/vm is needed when i only wrote environment: 'edge-runtime' in vitest.config?",
     "why-does-knip-have-plugins"),
    ("what are all these built-in integrations for vitest, jest etc for? cant it just follow the imports",
     "why-does-knip-have-plugins"),
    ("knip considers jest.setup.js as used although no file imports it. how it finds that?",
     "why-does-knip-have-plugins"),

    # --- Why is Knip so heavily engineered?
    ("why is knip one big monolithic tool instead of a few small modular packages?",
     "why-is-knip-so-heavily-engineered"),
    ("i noticed knip actually loads and runs my tooling config files?? why would a linter need to execute modules",
     "why-is-knip-so-heavily-engineered"),
    ("it ships a shell script parser, type info, dynamic loading... isnt that overkill just to find unused files",
     "why-is-knip-so-heavily-engineered"),

    # --- Where does Knip look for entry files?
    ("which files does knip treat as the starting points when it builds the graph",
     "where-does-knip-look-for-entry-files"),
    ("does knip read my github actions workflow yml, e.g. a step running `playwright test e2e/ --config playwright.e2e.config.ts`?",
     "where-does-knip-look-for-entry-files"),
    ("i have a run.ts that is only started from package.json scripts with `node --import tsx/esm run.ts`. will knip see it as used or report it as unused file",
     "where-does-knip-look-for-entry-files"),

    # --- What does Knip look for in source files?
    ("when knip parses a ts file, what exactly does it collect from the ast?",
     "what-does-knip-look-for-in-source-files"),
    ("if i do import * as utils from './utils' and only call utils.foo, can knip tell the other exports of utils are unused?",
     "what-does-knip-look-for-in-source-files"),
    ("is the parser only looking at static import lines or more things inside my source code",
     "what-does-knip-look-for-in-source-files"),

    # --- What's in the graphs?
    ("can knip tell me about circular imports",
     "whats-in-the-graphs"),
    ("full list of the problem categories knip reports? like unlisted binaries, duplicate exports and so on",
     "whats-in-the-graphs"),
    ("i would like to see how many times each export is used and which os binaries our scripts call that are not in node_modules. is such info available from knip",
     "whats-in-the-graphs"),

    # --- Why doesn't Knip just read the lockfile?
    ("wouldnt it be faster to parse pnpm-lock.yaml instead of opening the package.json of every single dependency?",
     "why-doesnt-knip-just-read-the-lockfile"),
    ("yarn.lock has basically all the dependency info, why not use it",
     "why-doesnt-knip-just-read-the-lockfile"),
    ("performance idea: get dependency metadata from package-lock.json. was this considered?",
     "why-doesnt-knip-just-read-the-lockfile"),

    # --- Why doesn't Knip use an existing module resolver?
    ("why not just use node's require.resolve or the typescript resolution to find modules, why something custom",
     "why-doesnt-knip-use-an-existing-module-resolver"),
    ("what does knip use internally to resolve import paths? enhanced-resolve like webpack?",
     "why-doesnt-knip-use-an-existing-module-resolver"),
    ("our package.json main points at dist/module.js but knip reports things in src/module.ts, how does it map the build output back to source",
     "why-doesnt-knip-use-an-existing-module-resolver"),

    # --- How does Knip handle non-standard import syntax?
    ("i import svgs with a ?raw suffix in vite. will knip choke on that",
     "how-does-knip-handle-non-standard-import-syntax"),
    ("old project still uses webpack inline loaders in imports like '-!style-loader!css-loader?modules!./styles.css', does knip understand this or report garbage",
     "how-does-knip-handle-non-standard-import-syntax"),
    ("are query strings and loader prefixes on import paths a problem?",
     "how-does-knip-handle-non-standard-import-syntax"),

    # --- What's the difference between workspaces, projects and programs?
    ("debug output says \"Installed 2 programs for 29 workspaces\" - what does it mean?",
     "whats-the-difference-between-workspaces-projects-and-programs"),
    ("terminology question: workspace vs project vs program, which is which in knip",
     "whats-the-difference-between-workspaces-projects-and-programs"),
    ("in knip what exactly counts as a workspace? a folder with tsconfig or with package.json",
     "whats-the-difference-between-workspaces-projects-and-programs"),

    # --- Why doesn't Knip match my TypeScript project structure?
    ("our tsconfig.json files are not sitting next to the package.json files and knip seems to ignore the tsconfig layout completely. why?",
     "why-doesnt-knip-match-my-typescript-project-structure"),
    ("some files get missed and i suspect a nested tsconfig with different moduleResolution settings is just not used by knip",
     "why-doesnt-knip-match-my-typescript-project-structure"),
    ("knip follows the package folders and not our typescript project references, is that on purpose?",
     "why-doesnt-knip-match-my-typescript-project-structure"),

    # --- Why doesn't Knip analyze workspaces in isolation by default?
    ("why does knip put several monorepo packages into one typescript program instead of one each",
     "why-doesnt-knip-analyze-workspaces-in-isolation-by-default"),
    ("is there a reason the packages are not checked separately by default? would seem cleaner to me",
     "why-doesnt-knip-analyze-workspaces-in-isolation-by-default"),
    ("whats the reason workspace sharing is switched on by default",
     "why-doesnt-knip-analyze-workspaces-in-isolation-by-default"),

    # --- Why doesn't Knip just use `ts.findReferences`?
    ("vscode can already do 'find all references', why knip dont use that for exports?",
     "why-doesnt-knip-just-use-tsfindreferences"),
    ("when does knip actually call the typescript find references api, only for class members?",
     "why-doesnt-knip-just-use-tsfindreferences"),
    ("wouldnt the ts language service be more accurate for checking where an export is used than a home made graph",
     "why-doesnt-knip-just-use-tsfindreferences"),

    # --- Why can't I use path aliases to reference other workspaces?
    ("we map @acme/ui to ../ui/src with compilerOptions.paths and now knip gives false positives all over the monorepo",
     "why-cant-i-use-path-aliases-to-reference-other-workspaces"),
    ("knip complains about our shared package that we import through a tsconfig alias, not as a dependency in package.json. what is recommended here?",
     "why-cant-i-use-path-aliases-to-reference-other-workspaces"),
    ("importing sibling packages via paths aliases, supported or not",
     "why-cant-i-use-path-aliases-to-reference-other-workspaces"),

    # --- What's up with that configurable `tsconfig.json` location?
    ("difference between the --tsConfig flag and typescript.config in knip.json?",
     "whats-up-with-that-configurable-tsconfigjson-location"),
    ("will knip notice that @tsconfig/node20 from the extends in my tsconfig is missing from devDependencies",
     "whats-up-with-that-configurable-tsconfigjson-location"),
    ("my root ts config is called tsconfig.app.json and not the default name, how do i point knip to it?",
     "whats-up-with-that-configurable-tsconfigjson-location"),

    # --- How does Knip handle Svelte or Astro files?
    ("does knip understand .astro and .mdx files that import each other?",
     "how-does-knip-handle-svelte-or-astro-files"),
    ("half of our components are .svelte files, are they part of the analysis at all",
     "how-does-knip-handle-svelte-or-astro-files"),
    ("we have a custom file extension with its own compiler, can i plug that in so knip reads the imports",
     "how-does-knip-handle-svelte-or-astro-files"),

    # --- Why are the exports of my `.vue` files not used?
    ("knip says exports in my vue SFCs are unused but they are imported in other components!",
     "why-are-the-exports-of-my-vue-files-not-used"),
    ("vue single file components show unused exports, how to fix",
     "why-are-the-exports-of-my-vue-files-not-used"),
    ("is the vue support a real compiler? results for our .vue files look wrong",
     "why-are-the-exports-of-my-vue-files-not-used"),

    # --- Why isn't production mode the default?
    ("why do i need to pass --production to skip tests and dev tooling, shouldnt that be the default behaviour",
     "why-isnt-production-mode-the-default"),
    ("whats the difference between normal mode and production mode in knip",
     "why-isnt-production-mode-the-default"),
    ("which mode catches more problems, the default or production?",
     "why-isnt-production-mode-the-default"),

    # --- Why doesn't Knip have...?
    ("is there a vs code extension for knip?",
     "why-doesnt-knip-have"),
    ("can i call knip from my own node script, like a programmatic api, and get the dependency graph back",
     "why-doesnt-knip-have"),
    ("does knip support deno projects",
     "why-doesnt-knip-have"),
]

OUT_OF_SCOPE = [
    "how do i ignore a specific folder like generated/ in the knip config",
    "knip exits with code 1 in our ci pipeline, can i make it only print warnings and not fail the build?",
    "what is the minimum node version knip needs",
    "in a pnpm monorepo should knip be installed in the root package.json or in every package",
    "can knip output the report as json so we can show it in our dashboard",
    "how do i tag an export with jsdoc so knip treats it as public api and stops reporting it",
    "how does knip compare to ts-prune and depcheck, which one should i pick",
    "a dependency is loaded from a cdn script tag at runtime, how do i tell knip to not report it as unlisted",
    "under which license is knip released, can we use it in a commercial product",
    "whats the best way to run knip in a husky pre-commit hook only on staged files",
    "knip shows an unresolved import for a file that our codegen creates at build time, what should i do",
    "how to configure knip for an nx workspace with project.json files",
    "does knip also find unused css classes in my stylesheets?",
    "can knip upgrade outdated dependencies to their latest versions for me",
    "whats the best way to descale an electric kettle with vinegar",
]
