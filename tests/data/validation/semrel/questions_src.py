"""Hand-written questions for the blind semantic-release FAQ set.

Written from the FAQ text (faq/FAQ.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about semantic-release that no section of this FAQ answers
(expect null).
"""

IN_SCOPE = [
    # why-is-the-packagejsons-version-not-updated-in-my-repository
    ("released 2.3.0 to npm fine but package.json in my repo still says 0.0.0-development?? why isnt it bumping",
     "why-is-the-packagejsons-version-not-updated-in-my-repository"),
    ("how do i get the new version number committed back to git? the package on npm has the right version but the file in my repo doesnt",
     "why-is-the-packagejsons-version-not-updated-in-my-repository"),
    ("Not publishing to npm at all here, I only want the version field bumped and pushed to the repo on each release. Is there a setup for that?",
     "why-is-the-packagejsons-version-not-updated-in-my-repository"),

    # how-can-i-use-a-npm-build-script-that-requires-the-packagejsons-version-
    ("my build embeds the version in a banner comment of the bundle, but it reads package.json before semantic-release runs so it's always the previous version. where am I supposed to hook the build in?",
     "how-can-i-use-a-npm-build-script-that-requires-the-packagejsons-version-"),
    ("can i run my own script that needs the upcoming version number as an argument, like ./stamp.sh 1.4.0, as part of the release?",
     "how-can-i-use-a-npm-build-script-that-requires-the-packagejsons-version-"),
    ("does prepublishOnly / prepack still run when semantic-release does the publish? want dist built with the new version in it",
     "how-can-i-use-a-npm-build-script-that-requires-the-packagejsons-version-"),

    # is-there-a-way-to-preview-which-version-would-currently-get-published
    ("any way to see what version it WOULD release without actually publishing anything",
     "is-there-a-way-to-preview-which-version-would-currently-get-published"),
    ("I'd like to look at the generated release notes before doing the real run. is there some kind of simulate mode?",
     "is-there-a-way-to-preview-which-version-would-currently-get-published"),
    ("dry run??",
     "is-there-a-way-to-preview-which-version-would-currently-get-published"),

    # can-i-use-semantic-release-with-yarn
    ("our CI does `yarn install` and it blows up on the engines check for semantic-release in the job that tests an older node. how do people get around that?",
     "can-i-use-semantic-release-with-yarn"),
    ("we use yarn, not npm. what do i run instead of the npx command from the docs",
     "can-i-use-semantic-release-with-yarn"),
    ("yarn says 'The engine \"node\" is incompatible with this module' for semantic-release in our node 8 matrix job, can I make it ignore that",
     "can-i-use-semantic-release-with-yarn"),

    # can-i-use-semantic-release-to-publish-non-javascript-packages
    ("can this thing release a python lib? there's no package.json anywhere in the repo",
     "can-i-use-semantic-release-to-publish-non-javascript-packages"),
    ("We ship a Go CLI. Would semantic-release still handle versioning and GitHub releases for it even though it isn't an npm package at all?",
     "can-i-use-semantic-release-to-publish-non-javascript-packages"),
    ("how do I swap out the npm plugin and publish with my own shell command instead, e.g. deploying a maven artifact",
     "can-i-use-semantic-release-to-publish-non-javascript-packages"),

    # can-i-use-semantic-release-with-any-ci-service
    ("does it only work with travis / github actions or can i use it on jenkins too",
     "can-i-use-semantic-release-with-any-ci-service"),
    ("what does a CI provider need to support for semantic-release to work? we're on buildkite and there's no recipe for it",
     "can-i-use-semantic-release-with-any-ci-service"),

    # can-i-run-semantic-release-on-my-local-machine-rather-than-on-a-ci-server
    ("can I just run semantic-release from my laptop? we don't have any CI yet",
     "can-i-run-semantic-release-on-my-local-machine-rather-than-on-a-ci-server"),
    ("running npx semantic-release in my terminal and it says it's not running in a CI environment and skips the publish. how do i force it",
     "can-i-run-semantic-release-on-my-local-machine-rather-than-on-a-ci-server"),
    ("is it actually a bad idea to cut releases from my own machine instead of the build server?",
     "can-i-run-semantic-release-on-my-local-machine-rather-than-on-a-ci-server"),

    # can-i-use-semantic-release-with-gitlab
    ("we host on gitlab.com and use gitlab ci pipelines, is that supported",
     "can-i-use-semantic-release-with-gitlab"),
    ("is there a ready made config so it creates gitlab releases instead of github ones?",
     "can-i-use-semantic-release-with-gitlab"),
    ("Anyone got semantic-release working against a self-managed GitLab instance? what do I need to install",
     "can-i-use-semantic-release-with-gitlab"),

    # can-i-use-semantic-release-with-any-git-hosted-environment
    ("our repo lives on bitbucket, will semantic release work or is it github only",
     "can-i-use-semantic-release-with-any-git-hosted-environment"),
    ("we just push to a plain git server over ssh, no github or gitlab. can semantic-release still tag versions and keep a changelog file in the repo?",
     "can-i-use-semantic-release-with-any-git-hosted-environment"),
    ("azure devops repos - supported? or do i need the code on github for it to do anything",
     "can-i-use-semantic-release-with-any-git-hosted-environment"),

    # can-i-skip-the-release-to-the-npm-registry
    ("i dont want anything going to npm, just github releases. how do i turn off the publish part but keep the versioning",
     "can-i-skip-the-release-to-the-npm-registry"),
    ("Can I build the .tgz tarball and attach it to the GitHub release rather than pushing it to the registry?",
     "can-i-skip-the-release-to-the-npm-registry"),
    ("where does npmPublish: false go? want to disable publishing for an internal js package",
     "can-i-skip-the-release-to-the-npm-registry"),

    # how-can-i-revert-a-release
    ("shipped a broken 3.1.0 this morning 😬 how do i roll back properly with semantic-release",
     "how-can-i-revert-a-release"),
    ("after unpublishing the bad version from npm, can i just delete the v3.1.0 git tag too?",
     "how-can-i-revert-a-release"),
    ("my `git revert` commit didn't get recognised by the angular commit convention, so no new release happened. what format should the message have?",
     "how-can-i-revert-a-release"),

    # can-i-use-npmrc-options
    ("does semantic-release respect the .npmrc in my repo root? e.g. a custom registry url",
     "can-i-use-npmrc-options"),
    ("can I put npm config settings in an rc file in the project and will the release step pick them up",
     "can-i-use-npmrc-options"),

    # how-can-i-set-the-access-level-of-the-published-npm-package
    ("scoped package @myorg/utils fails to publish with 402 payment required, I want it to be public",
     "how-can-i-set-the-access-level-of-the-published-npm-package"),
    ("how do i publish a scoped pkg as public",
     "how-can-i-set-the-access-level-of-the-published-npm-package"),
    ("where do I set whether the package is published restricted or public when semantic-release does it?",
     "how-can-i-set-the-access-level-of-the-published-npm-package"),

    # can-i-use-semantic-release-to-publish-a-package-on-artifactory
    ("we publish to a jfrog artifactory npm repo at work, does that work",
     "can-i-use-semantic-release-to-publish-a-package-on-artifactory"),
    ("Our Artifactory is an old 5.2 install and auth keeps failing with a token. Do I need a username/password/email instead?",
     "can-i-use-semantic-release-to-publish-a-package-on-artifactory"),

    # can-i-manually-trigger-the-release-of-a-specific-version
    ("can I force semantic-release to publish exactly 4.0.0 right now",
     "can-i-manually-trigger-the-release-of-a-specific-version"),
    ("marketing wants the next version to be 2.0 for the launch event. how do i pick the version number by hand",
     "can-i-manually-trigger-the-release-of-a-specific-version"),

    # can-i-exclude-commits-from-the-analysis
    ("how do i make one commit not count towards the version bump",
     "can-i-exclude-commits-from-the-analysis"),
    ("is there a magic word for the commit message so that commit gets ignored when deciding the release?",
     "can-i-exclude-commits-from-the-analysis"),
    ("pushed a fix: commit that was literally a typo in a test file, dont want a patch release for it. can I mark the commit somehow",
     "can-i-exclude-commits-from-the-analysis"),

    # how-can-i-change-the-type-of-commits-that-trigger-a-release
    ("I want docs: commits to trigger a patch release too, possible?",
     "how-can-i-change-the-type-of-commits-that-trigger-a-release"),
    ("which commit types bump which part of the version by default? feat vs fix vs perf",
     "how-can-i-change-the-type-of-commits-that-trigger-a-release"),
    ("refactor commits never produce a release, can I customise the rules for that",
     "how-can-i-change-the-type-of-commits-that-trigger-a-release"),

    # is-it-really-a-good-idea-to-release-on-every-push
    ("is publishing on every single merge to main really sensible? feels like way too many versions",
     "is-it-really-a-good-idea-to-release-on-every-push"),
    ("my team lead thinks shipping a new version for every push to master is reckless. what's the argument for doing it that way?",
     "is-it-really-a-good-idea-to-release-on-every-push"),

    # can-i-set-the-initial-release-version-of-my-package-to-001
    ("how do i start at 0.1.0 instead of 1.0.0",
     "can-i-set-the-initial-release-version-of-my-package-to-001"),
    ("first release came out as 1.0.0 but the lib isnt stable yet at all. can semantic-release do 0.x versions",
     "can-i-set-the-initial-release-version-of-my-package-to-001"),
    ("Project is super early with lots of breaking changes and I'd like to stay below 1.0 for a while. What's the recommended way?",
     "can-i-set-the-initial-release-version-of-my-package-to-001"),

    # can-i-trust-semantic-release-with-my-releases
    ("how reliable is it really? a bit scared to let a bot publish our production libs to npm",
     "can-i-trust-semantic-release-with-my-releases"),
    ("is semantic-release itself tested well enough that I can hand it releases of a package with millions of downloads?",
     "can-i-trust-semantic-release-with-my-releases"),

    # why-does-semantic-release-require-node-version--1018
    ("why does it need such a recent node version? our ci image is pretty old",
     "why-does-semantic-release-require-node-version--1018"),
    ("semantic-release crashes with syntax errors on node 8, whats the minimum node",
     "why-does-semantic-release-require-node-version--1018"),

    # why-does-semantic-release-require-git-version--271
    ("getting weird errors around `git tag --merged` on our old centos build agent with git 1.8. does semantic-release need a newer git?",
     "why-does-semantic-release-require-git-version--271"),
    ("whats the minimum git version it needs",
     "why-does-semantic-release-require-git-version--271"),

    # what-is-npx
    ("what's this npx thing everyone uses in the docs? do I have to install it separately",
     "what-is-npx"),
    ("noob question: the readme says run `npx semantic-release`, what does npx actually do",
     "what-is-npx"),
]

OUT_OF_SCOPE = [
    "how do I write my own plugin for semantic-release? is there a plugin API doc",
    "we have a monorepo with 12 packages, can semantic-release version and publish each one separately?",
    "how do i stop the bot from commenting 'this issue has been resolved in version x' on every issue and PR",
    "can I change the git tag format? we want release-1.2.3 instead of v1.2.3",
    "release job fails with 'The local branch main is behind the remote one, therefore a new version won't be published'. what does that mean",
    "is it possible to create the github release as a draft so someone can review it before it goes public?",
    "how can I post a message to our slack channel whenever a new version is released?",
    "how do i get verbose debug logs out of semantic-release to see why it's deciding no release",
    "does semantic-release run on windows build agents or is it linux/mac only",
    "where can I chat with the maintainers or contribute to semantic-release?",
    "can the release notes group changes under custom headings with emojis, like ✨ Features / 🐛 Fixes?",
    "is there a tool that helps my team write commit messages in the right format, like an interactive prompt?",
    "can semantic-release GPG-sign the tags it creates?",
    "we need to keep shipping patch releases for 1.x while main is already on 2.x. how do I set up a maintenance branch?",
    "is there an official docker image with semantic-release and the common plugins preinstalled?",
]
