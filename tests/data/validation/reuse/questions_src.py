"""Blind questions for the REUSE FAQ (fsfe/reuse-website, site/content/en/faq.md).

Written by hand from the FAQ text alone. IN_SCOPE: (question, section id) pairs,
ids as in sections.txt. OUT_OF_SCOPE: questions a REUSE user might ask that no
FAQ section answers.
"""

Q = "i-am-short-on-time-can-you-give-me-the-quickest-possible-summary-quick-summary"
TRADITION = "im-used-to-doing-things-differently-cant-i-just-keep-doing-what-i-have-always-been-doing-tradition"
METADATA = "why-cant-i-just-use-the-metadata-fields-in-pictures-svg-text-documents-etc-metadata"
SPDX = "what-is-spdx-what-is-spdx"
INSTALL = "how-do-i-install-and-use-the-reuse-tool-install-tool"
EXCL_FILE = "how-do-i-exclude-a-file-from-reuse-compliance-testing-exclude-file"
EXCL_LINES = "how-do-i-exclude-certain-lines-from-reuse-compliance-testing-exclude-lines"
NO_GIT = "do-you-support-a-version-control-system-other-than-git-no-git"
WHAT_COPYRIGHT = "what-is-copyright-what-is-copyright"
STD_COPYRIGHT = "is-there-a-standard-format-for-declaring-copyright-standard-copyright"
SYMBOL = "do-i-use-spdx-filecopyrighttext-copyright-or--copyright-symbol"
YEARS = "which-years-do-i-include-in-the-copyright-statement-years-copyright"
COPYRIGHTABLE = "which-files-are-copyrightable-what-is-copyrightable"
UNCOPYRIGHTABLE = "what-to-do-with-uncopyrightable-files-uncopyrightable"
HOLDER_AUTHOR = "what-is-a-copyright-holder-and-what-is-an-author-copyright-holder-author"
VCS = "why-cant-i-just-use-version-control-to-record-copyright-vcs-copyright"
MANY = "how-do-i-deal-with-a-file-that-has-been-edited-by-many-people-many-copyright-statements"
WHEN = "i-changed-a-single-line-of-code-should-i-add-an-spdx-filecopyrighttext-tag-with-my-name-when-copyright"
WHAT_LICENSE = "what-is-a-license-what-is-license"
WHICH_LICENSE = "which-license-should-i-choose-which-license"
GPL_PLUS = "do-i-need-to-include-both-gpl-30-or-later-and-gpl-30-only-in-my-repository-gpl-plus"
EXCEPTIONS = "what-are-license-exceptions-and-what-do-i-do-with-them-license-exceptions"
WHERE_ELSE = "where-else-do-i-put-my-license-information-where-else"
BULK = "can-i-bulk-license-whole-directories-bulk-license"
PARTIAL = "can-i-license-only-a-part-of-a-file-as-being-under-a-different-license-partial-license"
MULTI = "how-do-i-properly-declare-multi-licensing-multi-licensing"
TEMPLATES = "how-to-deal-with-license-texts-which-include-copyright-statements-like-mitbsd-license-templates"
SINGLE = "i-only-have-a-single-license-file-should-i-still-create-a-licenses-directory-single-license"
HEADER_IN_LICENSE = "should-i-put-comment-headers-in-my-license-files-header-in-license"
CUSTOM_LICENSE = "how-do-i-use-a-license-that-is-not-on-the-spdx-license-list-custom-license"
CUSTOM_EXCEPTION = "how-do-i-use-a-custom-exception-custom-exception"
EDIT_LICENSE = "should-i-edit-my-license-files-edit-license"
COPY_WORK = "how-do-i-copy-someone-elses-work-copy-work"
NO_NOTICE = "can-i-copy-a-work-that-has-no-copyright-notice-or-license-no-copyright-license"
EDIT_NOTICES = "can-i-edit-copyright-notices-and-license-disclaimers-edit-copyright-and-licensing"
MINIFIED = "can-i-remove-the-license-and-copyright-information-from-minified-code-eg-javascript-minified"
SBOM = "i-want-a-software-bill-of-materials-bill-of-materials"

IN_SCOPE = [
    # General
    ("tl;dr pls - what are the actual steps to make my repo reuse compliant? dont have time to read the whole spec", Q),
    ("Can someone explain REUSE to me in like three bullet points? What do I concretely have to do in my project?", Q),
    ("why does reuse want a header in every tiny file, even json and png? cant i just keep one LICENSE file in the root like always", TRADITION),
    ("We always had the long GPL boilerplate paragraph on top of each source file. Must we delete it when we switch to REUSE or can it stay?", TRADITION),
    ("My SVG icons already carry the license inside their <metadata> block. Isn't that enough for REUSE?", METADATA),
    ("why the reuse tool is ignoring the copyright field in the EXIF data of my jpg photos??", METADATA),
    ("what does SPDX even stand for and who is behind it", SPDX),
    ("Whats the relation between reuse and spdx, is spdx another tool I have to install?", SPDX),
    # The tool
    ("how do i get the reuse cli on my linux laptop, is it a pip package?", INSTALL),
    ("Where can I find the docs for the reuse command line helper and how do I install it?", INSTALL),
    ("Is there some ignore list for reuse lint? there is one generated file committed in the repo that I want it to skip", EXCL_FILE),
    ("reuse lint keeps complaining about the build output in my dist/ folder. how do I stop it checking those files?", EXCL_FILE),
    ("My shell script does echo \"SPDX-License-Identifier: MIT\" > file and reuse lint thinks this is a real tag and throws an error. how to make it skip these lines", EXCL_LINES),
    ("Is there a magic comment that tells the reuse helper to ignore a block of text that only looks like a copyright statement?", EXCL_LINES),
    ("we use mercurial, not git. does the reuse helper work with hg repos?", NO_GIT),
    # Copyright
    ("Sorry for the basic question, but what is copyright exactly and what right does it give?", WHAT_COPYRIGHT),
    ("Do I have to register my program somewhere to have copyright on it, or is it automatic?", WHAT_COPYRIGHT),
    ("Is there a recommended format for the copyright line in a file header? which parts are mandatory, year, name, email?", STD_COPYRIGHT),
    ("should i write 'Copyright (c)', the (c) symbol or the SPDX tag? which one is prefered", SYMBOL),
    ("Is a line like \"Copyright 2016, 2018-2019 Joe\" still accepted or must I use SPDX-FileCopyrightText?", SYMBOL),
    ("what year goes into the copyright line - the first one, or do I have to bump it every january?", YEARS),
    ("can i leave the year out completly from my SPDX-FileCopyrightText line?", YEARS),
    ("Is a config file or a one-line hello world even protected by copyright?", COPYRIGHTABLE),
    ("What should I put on trivial files like .gitignore that probably can't be copyrighted anyway?", UNCOPYRIGHTABLE),
    ("i have some tiny data files nobody could claim copyright on. can i just waive my rights on them? and can I do the same for a file a colleague wrote?", UNCOPYRIGHTABLE),
    ("whats the difference between the author and the copyright holder in the reuse docs? arent they the same person?", HOLDER_AUTHOR),
    ("Why not just use git log / git blame to find out who holds copyright, instead of writing names into every file?", VCS),
    ("git already records who wrote every commit, so why do we still need SPDX-FileCopyrightText lines?", VCS),
    ("one of our core files has like 40 contributors and the header is getting huge. any way around listing everybody?", MANY),
    ("Can we write something like 'Copyright The Foo Project Authors' instead of all contributor names?", MANY),
    ("I only fixed a typo in one line. Do I have to add my own SPDX-FileCopyrightText to that file now?", WHEN),
    ("at which point a contributor should add his name to the copyright header? there is a rule for this?", WHEN),
    # Licenses
    ("what does a software license actually do, in simple words? what changes compared to just having copyright?", WHAT_LICENSE),
    ("Which licence should I pick for my new project? does reuse recommend something?", WHICH_LICENSE),
    ("I'm sending a patch to an existing project, under which license should my changes be?", WHICH_LICENSE),
    ("My repo has files under GPL-3.0-only and others under GPL-3.0-or-later. The texts are identical, so do I need two copies in LICENSES/?", GPL_PLUS),
    ("spdx list has GPL-2.0-only and GPL-2.0-or-later as separate entries but all my code is -or-later. which license files do i include", GPL_PLUS),
    ("How do I tag a file that is GPL but comes with the GCC runtime library exception?", EXCEPTIONS),
    ("besides the SPDX tags in every file, should I mention the licensing anywhere else, like in the README or the package metadata?", WHERE_ELSE),
    ("i have a folder with 500 images, editing each one is impossible. can i declare the license for the whole directory at once?", BULK),
    ("what is this .reuse/dep5 file for and what does it look like?", BULK),
    ("I copied one function from an MIT project into my GPL file. How do I mark only that piece as MIT?", PARTIAL),
    ("can SPDX snippets be nested inside other snippets? which tags apply in that case?", PARTIAL),
    ("Our library is dual licensed, users can pick MIT or Apache-2.0. What should the SPDX-License-Identifier say?", MULTI),
    ("whats the difference between OR and AND in a license expression? when I use which", MULTI),
    ("we vendored code from two MIT projects and each LICENSE file has another copyright line inside. which MIT text goes into LICENSES/?", TEMPLATES),
    ("how do I get the plain MIT license text without somebody's name already in it?", TEMPLATES),
    ("My whole project is just MIT. Do I really need a LICENSES/ folder or is the LICENSE file in the root fine?", SINGLE),
    ("Should LICENSES/GPL-3.0-or-later.txt itself also get an SPDX comment header on top, since every file needs one?", HEADER_IN_LICENSE),
    ("our company has its own in-house license that is not on the SPDX list, how do i reference it in the headers?", CUSTOM_LICENSE),
    ("what is the LicenseRef- prefix used for?", CUSTOM_LICENSE),
    ("We want our own special exception on top of the GPL for the plugin API. Can I define a custom exception identifier?", CUSTOM_EXCEPTION),
    ("can I change the wording of the Apache-2.0 text a little for our needs and still call it Apache-2.0 in the tags?", EDIT_LICENSE),
    # Compliance
    ("I took a file from another open source project into mine. What do I have to put in its header?", COPY_WORK),
    ("found a useful script on github with no license and no copyright notice at all. can i copy it into my repo?", NO_NOTICE),
    ("The code I want to reuse has no copyright line in the file. Am I allowed to add one myself?", NO_NOTICE),
    ("Am I allowed to correct a wrong copyright notice in third-party files I imported?", EDIT_NOTICES),
    ("our build minifies the JS bundle and strips all comments, including the license headers. is that ok?", MINIFIED),
    ("how to generate an SBOM for my project with reuse?", SBOM),
    ("Can the reuse tool output an SPDX document that lists all files with their licenses?", SBOM),
]

OUT_OF_SCOPE = [
    "How do I run reuse lint as a pre-commit hook?",
    "is there an official github action to run reuse lint in CI?",
    "How can I get that green REUSE compliant badge for my README?",
    "Does reuse annotate support Jupyter notebooks (.ipynb)? where does the header go",
    "how do I convert my old .reuse/dep5 into the new REUSE.toml format?",
    "Is MIT compatible with GPL-3.0, can I combine code under both in one program?",
    "If I follow REUSE completely, will that protect me in court if someone sues about licensing?",
    "reuse annotate says it does not know the comment style for my .foo files. how do I tell it which comment syntax to use?",
    "does reuse lint also check that my licenses are OSI approved?",
    "Can reuse lint print its results as JSON so I can parse them in a script?",
    "which python versions does the reuse tool support?",
    "Can I use REUSE for hardware projects, like KiCad schematics and gerber files?",
    "is there a docker image of the reuse tool so I don't need python installed?",
    "How does reuse handle git submodules, are the files inside them checked too?",
    "Where can I ask questions about REUSE, is there a mailing list or chat?",
]
