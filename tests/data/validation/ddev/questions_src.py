"""Hand-written questions for the DDEV FAQ set (faq/faq.md).

Written from the FAQ text alone; no bot, test or code of the project under
test was read or run. The FAQ has 39 sections; 30 of them were picked and get
two in-scope questions each (60). The nine sections without questions are
listed in UNCOVERED (pointer-only or niche entries, and the Windows-to-WSL2
entry that only repeats the workstation move); they stay in sections.txt.
Each in-scope item is (question, id of the one section that answers it).
"""

UNCOVERED = [
    "how-can-i-troubleshoot-whats-going-wrong",
    "how-can-i-check-that-docker-is-working",
    "my-browser-redirects-http-urls-to-https",
    "why-is-ddev-webserver-such-a-huge-docker-image",
    "how-can-i-share-my-local-project-with-someone",
    "how-can-i-move-a-project-from-traditional-windows-to-wsl2",
    "how-can-i-configure-a-project-with-the-defaults-without-hitting-return-a-bunch-of-times",
    "how-do-i-get-support",
    "how-do-financial-contributions-support-ddev",
]

IN_SCOPE = [
    # platforms
    ("can i use ddev on a chromebook?",
     "what-operating-systems-will-ddev-work-with"),
    ("our team is mixed, two on windows 11 home, some on macs and one guy on fedora. "
     "will this thing run for all of them or do the windows people need pro edition",
     "what-operating-systems-will-ddev-work-with"),
    # does it touch / deploy code
    ("will ddev push my site to the live server or modify my source files somehow?",
     "does-ddev-change-or-deploy-my-code"),
    ("i saw it added some settings file into my drupal sites folder. if that file "
     "accidentally gets deployed to production will it break something?",
     "does-ddev-change-or-deploy-my-code"),
    # ddev prefix
    ("why cant i just run composer install directly in the project folder, why the wrapper",
     "why-do-i-have-to-type-ddev-in-front-of-so-many-commands"),
    ("whats the point of prefixing every single npm/drush call with ddev, feels redundant",
     "why-do-i-have-to-type-ddev-in-front-of-so-many-commands"),
    # where the db lives
    ("i searched my whole project dir and cant find the mysql data files. where are they kept?",
     "where-is-my-database-stored-in-my-ddev-project"),
    ("is the database part of my git checkout or where it lives physically",
     "where-is-my-database-stored-in-my-ddev-project"),
    # docker providers
    ("orbstack supported? or i must stay on docker desktop",
     "what-docker-providers-can-i-use"),
    ("installed docker desktop on ubuntu and all files in the container are owned by root, "
     "which docker am i supposed to use on linux",
     "what-docker-providers-can-i-use"),
    # switching docker provider
    ("want to switch from docker desktop to orbstack on my mac without losing my dbs, "
     "what is the procedure",
     "how-can-i-migrate-from-one-docker-provider-to-another"),
    ("going from colima to rancher desktop, what steps so the projects still work after",
     "how-can-i-migrate-from-one-docker-provider-to-another"),
    # host tools
    ("fresh laptop. do i need php and node installed on the host before using ddev?",
     "do-i-need-to-install-php-composer-nginx-or-nodejsnpm-on-my-workstation"),
    ("should i also install composer globally on my mac or is that a bad idea",
     "do-i-need-to-install-php-composer-nginx-or-nodejsnpm-on-my-workstation"),
    # poweroff / stop
    ("if i shut everything down at end of day with the poweroff command, is my db wiped?",
     "do-i-lose-data-when-i-run-ddev-poweroff-ddev-stop-or-ddev-restart"),
    ("does restarting a project reset the database back to empty",
     "do-i-lose-data-when-i-run-ddev-poweroff-ddev-stop-or-ddev-restart"),
    # connecting to the db
    ("what host and port do i put into tableplus to reach the mariadb of my project",
     "how-can-i-connect-to-my-database"),
    ("my laravel .env has DB_HOST=127.0.0.1 and the app cant connect from inside the "
     "container. what should the host be? and the user/password?",
     "how-can-i-connect-to-my-database"),
    # extra databases
    ("the app needs a second database beside the default one for a legacy module, possible?",
     "can-i-use-additional-databases-with-ddev"),
    ("how do i load a sql dump into a separate new database, not into the main db",
     "can-i-use-additional-databases-with-ddev"),
    # projects talking to each other
    ("i have a nuxt frontend project and a drupal backend project both running in ddev. "
     "how can the frontend container call the backend api server side?",
     "can-different-projects-communicate-with-each-other"),
    ("doing a d7 to d10 migration, the new site must read the old site's mysql which is "
     "another ddev project. what hostname to use",
     "can-different-projects-communicate-with-each-other"),
    # other dev environments
    ("i still use lando for one old client, can both live on the same machine?",
     "can-i-run-ddev-with-other-development-environments-at-the-same-time"),
    ("i have valet and a homebrew apache on my mac, will they clash with ddev",
     "can-i-run-ddev-with-other-development-environments-at-the-same-time"),
    # performance
    ("page loads are super slow on my macbook, any way to speed up the file access?",
     "how-can-i-get-the-best-performance"),
    ("symfony takes 8 seconds per request in ddev, how to make it faster",
     "how-can-i-get-the-best-performance"),
    # 403 / 404
    ("ddev launch opens the browser but i only get 403 forbidden",
     "why-do-i-get-a-403-or-404-on-my-project-after-ddev-launch"),
    ("site url shows 404 not found right after setup. my index.php is inside public/ subfolder",
     "why-do-i-get-a-403-or-404-on-my-project-after-ddev-launch"),
    # nginx headers with apache
    ("switched webserver to apache but curl -I still says Server: nginx. is my setting ignored?",
     "why-do-i-see-nginx-headers-when-ive-set-webserver_type-apache-fpm"),
    ("why the response headers show nginx although config.yaml says apache-fpm",
     "why-do-i-see-nginx-headers-when-ive-set-webserver_type-apache-fpm"),
    # permission denied mounting volume
    ("ddev start dies with 'error while mounting volume' permission denied on macos",
     "why-does-ddev-start-fail-with-error-while-mounting-volume-permission-denied"),
    ("project wont start anymore since i turned on nfs a while back, it fails mounting the "
     "volume. how do i get going again",
     "why-does-ddev-start-fail-with-error-while-mounting-volume-permission-denied"),
    # https redirect loop
    ("my .htaccess forces https and now chrome says ERR_TOO_MANY_REDIRECTS locally",
     "why-are-my-apache-http--https-redirects-stuck-in-an-infinite-loop"),
    ("endless 301 loop after adding the rewrite rule to https. works on prod, not local",
     "why-are-my-apache-http--https-redirects-stuck-in-an-infinite-loop"),
    # updating
    ("how do i get the newest ddev release",
     "how-can-i-updateupgrade-ddev"),
    ("there is a new version out, whats the command to bring my ddev up to date",
     "how-can-i-updateupgrade-ddev"),
    # specific version
    ("need to go back to 1.23.4 because of a regression, installed via apt on ubuntu",
     "how-can-i-install-a-specific-version-of-ddev"),
    ("can i try the unreleased HEAD build with brew?",
     "how-can-i-install-a-specific-version-of-ddev"),
    # old binary
    ("ddev --version still shows the previous number even after i upgraded, whats going on",
     "why-do-i-have-an-old-ddev"),
    ("seems like i got multiple ddev binaries on my path (brew and a manual one), "
     "how to clean up",
     "why-do-i-have-an-old-ddev"),
    # check in .ddev
    ("should the .ddev folder go into git so my teammates get the same setup",
     "should-i-check-in-the-ddev-directory-how-about-add-ons"),
    ("do we commit the installed add-ons too? and what about the gitignore inside .ddev",
     "should-i-check-in-the-ddev-directory-how-about-add-ons"),
    # backup all dbs
    ("quick way to back up the databases of all my ddev sites in one go?",
     "how-can-i-back-up-or-restore-all-project-databases"),
    ("i snapshotted everything but some projects dbs are missing, they dont appear in the "
     "list. why",
     "how-can-i-back-up-or-restore-all-project-databases"),
    # match production
    ("our live server runs apache, php 8.1 and mysql 8. how close can i get my local to that",
     "how-do-i-make-ddev-match-my-production-environment"),
    ("can i pick an exact php patch release like 8.2.13 to mirror the hosting?",
     "how-do-i-make-ddev-match-my-production-environment"),
    # destroy project
    ("how do i get rid of a project for good including its database",
     "how-do-i-completely-destroy-a-project"),
    ("remove a project without it taking a snapshot first",
     "how-do-i-completely-destroy-a-project"),
    # settings files
    ("it keeps regenerating my wp-config / settings.ddev.php, how do i stop that",
     "what-if-i-dont-like-the-settings-files-or-gitignores-ddev-creates"),
    ("i dont want any cms config files created for me at all, is there an option",
     "what-if-i-dont-like-the-settings-files-or-gitignores-ddev-creates"),
    # rename
    ("i named my project wrong, how can i rename it",
     "how-can-i-change-a-projects-name"),
    ("want the url to be newname.ddev.site instead of oldname.ddev.site, what do i do",
     "how-can-i-change-a-projects-name"),
    # move directory
    ("i want to relocate my project folder from ~/sites to ~/code, what to run before moving it",
     "how-can-i-move-a-project-to-another-directory"),
    ("proper way to put a project in a different path on the same computer?",
     "how-can-i-move-a-project-to-another-directory"),
    # move workstation
    ("got a new laptop, how do i bring my ddev projects with their databases over",
     "how-can-i-move-a-project-to-another-workstation"),
    ("transfer a site from office pc to my home pc including db",
     "how-can-i-move-a-project-to-another-workstation"),
    # /etc/hosts
    ("why is ddev asking my sudo password to change the hosts file",
     "why-does-ddev-want-to-edit-etchosts"),
    ("getting 'is not currently resolvable' for my site name even though ping works fine",
     "why-does-ddev-want-to-edit-etchosts"),
    # contributing
    ("i'd like to help the project, how can i get involved?",
     "how-can-i-contribute-to-ddev"),
    ("wrote a tutorial about ddev, is there a list of community resources where i can add it",
     "how-can-i-contribute-to-ddev"),
]

OUT_OF_SCOPE = [
    "where can i see the emails my app sends locally, is there a mail catcher",
    "how do i raise php memory_limit and upload_max_filesize for my project",
    "firefox says the local https certificate is not trusted, how to fix",
    "how to run a cron job inside the web container every 5 min",
    "how do i switch the node version in the web container to 20",
    "where do i put a custom nginx config for my site",
    "can i use ddev in github actions to run my phpunit tests in ci",
    "how to create my own custom command like ddev mycommand",
    "how do i pull the database and files from my platform.sh / pantheon environment",
    "how to pass environment variables from a .env file into the container",
    "the container time is utc, how do i set it to europe/berlin",
    "what license is ddev released under, can i use it at my company",
    "does ddev collect usage statistics and how to opt out",
    "how to configure phpstorm to use the php interpreter inside ddev",
    "how long should i boil an egg for a runny yolk",
]
