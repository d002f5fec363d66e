# The two Debian packages `make deb` builds with CPack from this build (see packaging/README.md):
#   nietpluis        the generator, its templates and fonts, the example content
#   nietpluis-kiosk  the kiosk program, its templates, services, screen launcher and Chromium policy,
#                    commented examples in /etc/nietpluis (conffiles), and its system user (postinst)
# Runtime dependencies come from dpkg-shlibdeps; the few others are named below with their reason.
include(GNUInstallDirs)
set(NIETPLUIS_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NIETPLUIS_PACKAGING_OUT ${CMAKE_BINARY_DIR}/packaging)
# Debian's Maintainer field; a municipality that builds its own packages may put itself here.
set(NIETPLUIS_MAINTAINER "Nietpluis <nietpluis@voorbeeld.nl>" CACHE STRING "Maintainer of the Debian packages")

# /usr/share/doc/<package>/: the copyright file and a compressed changelog, as Debian policy asks.
# gzip -n leaves the time out, so the same source gives the same bytes.
string(TIMESTAMP NIETPLUIS_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(package nietpluis nietpluis-kiosk)
  set(NIETPLUIS_PACKAGE ${package})
  configure_file(${NIETPLUIS_PACKAGING_DIR}/changelog.in ${NIETPLUIS_PACKAGING_OUT}/${package}/changelog @ONLY)
  execute_process(COMMAND gzip -n -9 -f ${NIETPLUIS_PACKAGING_OUT}/${package}/changelog)
endforeach()
# Manual pages, compressed the same way.
foreach(page nietpluis.1 nietpluis-kiosk.8 nietpluis-kiosk-scherm.1)
  configure_file(${NIETPLUIS_PACKAGING_DIR}/man/${page} ${NIETPLUIS_PACKAGING_OUT}/man/${page} COPYONLY)
  execute_process(COMMAND gzip -n -9 -f ${NIETPLUIS_PACKAGING_OUT}/man/${page})
endforeach()
# The examples for /etc/nietpluis: the kiosk's and the intake's settings, with their site content in
# /etc/nietpluis/inhoud/ (apart from the secrets in /etc/nietpluis/geheim/, which postinst makes).
foreach(example kiosk.toml intake.toml)
  file(READ ${CMAKE_SOURCE_DIR}/content/${example} text)
  string(REPLACE "# inhoud = \".\"" "inhoud = \"inhoud\"" text "${text}")
  file(WRITE ${NIETPLUIS_PACKAGING_OUT}/etc/${example} "${text}")
endforeach()

foreach(component generator kiosk)
  set(package nietpluis)
  if(component STREQUAL "kiosk")
    set(package nietpluis-kiosk)
  endif()
  install(FILES ${NIETPLUIS_PACKAGING_DIR}/copyright ${NIETPLUIS_PACKAGING_OUT}/${package}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()
install(FILES ${NIETPLUIS_PACKAGING_OUT}/man/nietpluis.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT generator)
install(FILES ${NIETPLUIS_PACKAGING_OUT}/man/nietpluis-kiosk-scherm.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
  COMPONENT kiosk)
install(FILES ${NIETPLUIS_PACKAGING_OUT}/man/nietpluis-kiosk.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT kiosk)
install(FILES ${NIETPLUIS_PACKAGING_OUT}/etc/kiosk.toml ${NIETPLUIS_PACKAGING_OUT}/etc/intake.toml
  DESTINATION /etc/nietpluis COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/content/site.toml ${CMAKE_SOURCE_DIR}/content/organisaties.toml
  DESTINATION /etc/nietpluis/inhoud COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/content/beeld/logo.svg DESTINATION /etc/nietpluis/inhoud/beeld COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/kiosk/chromium-beleid.json DESTINATION /etc/chromium/policies/managed
  RENAME nietpluis-kiosk.json COMPONENT kiosk)
install(FILES ${NIETPLUIS_PACKAGING_DIR}/kiosk/nietpluis-kiosk.lintian-overrides
  DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME nietpluis-kiosk COMPONENT kiosk)
install(FILES ${NIETPLUIS_PACKAGING_DIR}/nietpluis.lintian-overrides
  DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME nietpluis COMPONENT generator)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nietpluis)
set(CPACK_PACKAGE_VENDOR "Nietpluis")
set(CPACK_PACKAGE_CONTACT "${NIETPLUIS_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL generator kiosk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://www.voorbeeld.nl/nietpluis/")

set(CPACK_DEBIAN_GENERATOR_PACKAGE_NAME nietpluis)
set(CPACK_DEBIAN_GENERATOR_PACKAGE_SECTION web)
# meldpunt/print/print_logo.cpp opens librsvg with dlopen (linked, it slowed every start), so
# dpkg-shlibdeps cannot see it: an SVG logo on the print material needs it. Found by the package test.
set(CPACK_DEBIAN_GENERATOR_PACKAGE_DEPENDS "librsvg2-2")
# CPack puts the space before each continuation line itself; "." is Debian's empty line.
set(CPACK_COMPONENT_GENERATOR_DESCRIPTION "website generator for a niet-pluis meldpunt
Nietpluis turns Markdown pages and one settings file into the accessible
website of a municipal niet-pluis meldpunt in plain (B1) Dutch, with its
print material: posters, flyers and cards with QR codes.
.
The example content of Gemeente Voorbeeld is in /usr/share/nietpluis/voorbeeld.")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME nietpluis-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION web)
# postinst makes the system user with adduser. The screen (Chromium, curl for the launcher's wait,
# xset to keep the screen on) is recommended, not required: the public intake on a server has no screen.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "chromium, curl, x11-xserver-utils")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
  ${NIETPLUIS_PACKAGING_DIR}/kiosk/postinst ${NIETPLUIS_PACKAGING_DIR}/kiosk/prerm
  ${NIETPLUIS_PACKAGING_DIR}/kiosk/postrm ${NIETPLUIS_PACKAGING_DIR}/kiosk/conffiles)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "touch-screen kiosk and online intake of a niet-pluis meldpunt
nietpluis-kiosk runs the meldzuil: a touch screen in a community centre where
residents report a worry about someone in the neighbourhood. It keeps every
report safe on disk, forwards it to the organisation of that postcode area
(signed HTTPS or e-mail) and keeps nothing once delivered. The same program
serves the website's online form (public mode).
.
Edit /etc/nietpluis/kiosk.toml and /etc/nietpluis/inhoud/organisaties.toml,
then run: nietpluis-kiosk controleer --config /etc/nietpluis/kiosk.toml")

include(CPack)
