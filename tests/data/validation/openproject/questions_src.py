"""Hand-written validation questions for the OpenProject installation & operations FAQ.

Written from faq/README.md alone (docs/installation-and-operations/installation-faq/
README.md of opf/openproject). Each in-scope question names the one section
(GitHub heading anchor, see sections.txt) that answers it; out-of-scope
questions are plausible for self-hosting OpenProject admins but are not
answered by this FAQ (the last one is off-topic).
"""

S = {
    "opts": "which-options-are-there-to-install-openproject",
    "skills": "what-skills-should-i-have-for-the-installation-of-community-edition-or-enterprise-on-premises",
    "distro": "my-favorite-linux-distribution-is-not-listed-what-can-i-do",
    "dockerpkg": "what-is-the-better-option-to-run-openproject-in-production-environments-docker-or-linux-packages",
    "ports": "are-there-any-default-ports-that-should-be-closed-for-security-reasons",
    "vm": "can-i-use-a-virtual-machine-vm-to-install-openproject",
    "wizard": "why-is-there-no-installation-wizard-for-desktop-as-there-is-for-other-software",
    "windows": "why-dont-you-support-windows",
    "mac": "can-i-install-openproject-on-my-mac",
    "arm": "does-the-openproject-docker-container-run-on-arm-technology-like-apple-m1-or-raspberry-pi",
    "offline": "can-i-install-openproject-offline",
    "mysql": "can-i-use-mysql-instead-of-postgresql",
    "mysql2pg": "how-can-i-migrate-my-existing-mysql-database-to-postgresql-",
    "bitnami": "how-can-i-migrate-from-bitnami-to-the-official-openproject-installation-packages",
    "fees": "are-there-extra-fees-to-pay-in-terms-of-installing-the-openproject-software",
    "ssl": "how-do-i-get-ssl-certificates-in-case-of-installation-support-by-openproject-employee-do-we-have-to-purchase-them",
    "routing": "how-do-you-implement-the-routing-so-that-the-page-requests-intended-for-this-project-domain-of-ours-land-on-the-apache-server-that-is-part-of-the-openproject-installation-what-agreements-or-requirements-do-we-have-to-discuss-with-our-domainwebspace-provider",
    "mailaddr": "does-the-email-address-used-by-openproject-have-to-be-within-the-our-domain-for-openproject-or-can-this-also-be-another-address",
    "bim": "how-can-i-select-the-bim-edition-during-installation",
    "access": "how-do-i-access-my-self-hosted-openproject-version",
    "slow": "my-openproject-instance-is-slow-but-my-ram-isnt-fully-used-what-can-i-do",
    "emails": "i-dont-receive-emails-test-email-works-fine-but-not-the-one-for-work-package-updates-what-can-i-do",
    "boot": "how-can-i-enable-openproject-on-boot",
    "pkgerr": "the-packaged-installation-cannot-be-installed-or-upgraded-due-to-errors-what-could-cause-them",
    "migrations": "after-upgrading-i-receive-the-error-message-your-openproject-installation-has-pending-database-migrations-you-have-likely-missed-running-the-migrations-on-your-last-upgrade-please-check-the-upgrade-guide-to-properly-upgrade-your-installation-what-does-that-mean",
    "git": "how-can-i-set-up-a-remotely-managed-repository-option-for-the-integration-between-openproject-and-our-git-server",
    "uninstall": "how-can-i-uninstall-openproject-community-edition-or-enterprise-on-premises",
    "sessions": "does-openproject-prohibit-users-from-logging-into-the-application-on-more-than-one-workstation-at-the-same-time-with-the-same-user-id",
    "pwexp": "can-the-openproject-force-password-expiration-and-prevent-users-from-reusing-a-password",
}

IN_SCOPE = [
    # which options are there to install
    ("what are the different ways to get openproject running on my own server?", S["opts"]),
    ("install methods available? deb package, docker, something else", S["opts"]),
    # skills
    ("im not really a linux admin, what knowledge do i need before i try to set this up myself", S["skills"]),
    ("how technical you have to be to install the community edition", S["skills"]),
    # distribution not listed
    ("my os is not in the list of supported distros (we use gentoo), what now", S["distro"]),
    ("no openproject package for arch linux, any option for me?", S["distro"]),
    # docker or linux packages in production
    ("for production is it better to go with the docker image or the deb/rpm packages", S["dockerpkg"]),
    ("docker vs packaged install, which one do you recommend for company server", S["dockerpkg"]),
    # ports
    ("which firewall ports must stay open on the openproject box, can i close everything else", S["ports"]),
    ("security hardening of the host: what ports should be blocked", S["ports"]),
    # virtual machine
    ("can i run it inside a vmware virtual machine instead of bare metal", S["vm"]),
    ("is it ok to install openproject in a virtualbox vm on my windows pc", S["vm"]),
    # no installation wizard
    ("where is the setup.exe? i expected a normal installer you just double click", S["wizard"]),
    ("why there is no graphical installer like other programs have", S["wizard"]),
    # windows
    ("can i install openproject natively on windows server 2019", S["windows"]),
    ("why windows is not officially supported", S["windows"]),
    # mac
    ("how to install openproject on a macbook, there is no package for macos?", S["mac"]),
    ("want to host it on my imac at home for the whole team, possible?", S["mac"]),
    # ARM
    ("does the docker image work on a raspberry pi 4", S["arm"]),
    ("is there an arm64 container? our machines are apple silicon m1", S["arm"]),
    ("can i run the bim edition on an arm server", S["arm"]),
    # offline
    ("our server has no internet access at all (air gapped). how can we install", S["offline"]),
    ("install without internet connection possible?", S["offline"]),
    # MySQL instead of PostgreSQL
    ("we already have a mariadb/mysql server, can openproject use that instead of postgres", S["mysql"]),
    ("why did you drop mysql support", S["mysql"]),
    # migrate MySQL -> PostgreSQL
    ("old installation still running on mysql, how do i convert the data to postgresql", S["mysql2pg"]),
    ("tool to move the openproject database from mysql to postgres? pgloader?", S["mysql2pg"]),
    # Bitnami
    ("we used the bitnami stack before, how to switch to the official packages without losing data", S["bitnami"]),
    ("steps for migrating away from bitnami openproject", S["bitnami"]),
    # extra fees
    ("do you charge something if your team does the installation of enterprise on prem for us", S["fees"]),
    ("is installing the software free or is there some setup cost", S["fees"]),
    # SSL certificates
    ("do we need to buy a ssl certificate or can you use lets encrypt when you install it for us", S["ssl"]),
    ("when openproject staff does the installation, where do the certificates come from", S["ssl"]),
    # routing / DNS
    ("what do we have to tell our domain provider so that projects.ourcompany.com reaches the openproject server", S["routing"]),
    ("dns setup for our own domain, which record should point to the server", S["routing"]),
    # email address domain
    ("must the sender email address be on the same domain as the openproject instance?", S["mailaddr"]),
    ("can we use an address from a different domain for the mails openproject sends", S["mailaddr"]),
    # BIM edition
    ("how do i choose the bim edition when running the installer", S["bim"]),
    ("where to select bim instead of normal edition during setup", S["bim"]),
    # access
    ("installation finished, how do i actually open my self hosted openproject", S["access"]),
    ("where is the user interface after install, do i need some client app to access it", S["access"]),
    # slow but RAM free
    ("openproject is very slow but the server has lots of free ram, what to tune", S["slow"]),
    ("pages load slowly and memory is not even half used. should i increase web workers?", S["slow"]),
    # emails
    ("test mail from admin settings arrives but no notification mails when work packages change", S["emails"]),
    ("users dont get email notifications, only the test email is working", S["emails"]),
    ("background worker for the mails seems dead, how to check it and restart", S["emails"]),
    # on boot
    ("will openproject start by itself after the server reboots?", S["boot"]),
    ("autostart openproject service on boot how", S["boot"]),
    # package install/upgrade errors
    ("apt upgrade of the openproject package fails with errors, what should i check", S["pkgerr"]),
    ("dnf install openproject keeps failing, disk is almost full could that be the reason", S["pkgerr"]),
    # pending migrations
    ("after update i get a message about pending database migrations, what to do", S["migrations"]),
    ("openproject tells me i missed running the migrations on my last upgrade", S["migrations"]),
    # git repositories
    ("how to let openproject create and manage git repositories for our projects", S["git"]),
    ("git repo integration with checkout, does it work in the docker install", S["git"]),
    # uninstall
    ("how do i completely remove openproject from our server", S["uninstall"]),
    ("uninstall community edition, database is on a separate cluster, what else i need to delete", S["uninstall"]),
    # sessions on several workstations
    ("can we block the same account being logged in on two pcs at the same time", S["sessions"]),
    ("one user id is used from several workstations simultaneously, can admin prevent that", S["sessions"]),
    # password expiration / reuse
    ("force users to change their password every 90 days possible?", S["pwexp"]),
    ("prevent people from reusing their old passwords", S["pwexp"]),
]

OUT_OF_SCOPE = [
    "how do i make a backup of the database and attachments before upgrading",
    "lost the admin password on our self hosted instance, how to reset it from command line",
    "how to connect active directory so users can login with their windows account",
    "where do i put smtp host, port and password for outgoing mail",
    "is there an official helm chart to deploy openproject on kubernetes",
    "we changed our domain name, how do i update the host name openproject uses in links",
    "how much does enterprise on-premises cost per user per month",
    "can i import my issues from jira into openproject",
    "store attachments in an s3 bucket instead of local disk, how to configure",
    "how to set up the nextcloud integration for file storage",
    "how much ram and cpu do i need for about 200 users",
    "enable two factor authentication for all users",
    "accidentally deleted a project, can i restore it",
    "change the default language for new users to german",
    "whats the best way to get red wine out of a carpet",
]
