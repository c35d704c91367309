"""Shared set-up: the built site, nginx serving it under a subpath, and headless Chromium."""
import os
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.environ.get("E2E_WORK") or os.path.join(ROOT, ".build", "e2e")
SUBPATH = "/shisiwu/"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def port():
    return free_port()


@pytest.fixture(scope="session")
def site(port):
    """The example site built for http://127.0.0.1:PORT/shisiwu/, world-readable for nginx."""
    out = os.path.join(WORK, "site")
    lantu = os.path.join(ROOT, ".build", "debug", "lantu")
    subprocess.run([lantu, "build", "--content", os.path.join(ROOT, "content"), "--templates", os.path.join(ROOT, "templates"),
                    "--output", out, "--base-url", f"http://127.0.0.1:{port}{SUBPATH}"], check=True, capture_output=True)
    for folder, dirs, files in os.walk(WORK):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    return out


@pytest.fixture(scope="session")
def base_url(site, port):
    """nginx on loopback serving the site under /shisiwu/, as a campus server would."""
    conf = os.path.join(WORK, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
worker_processes 1;
pid {WORK}/nginx.pid;
error_log {WORK}/nginx-error.log;
daemon on;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    charset utf-8;
    access_log off;
    client_body_temp_path {WORK}/body;
    proxy_temp_path {WORK}/proxy;
    fastcgi_temp_path {WORK}/fastcgi;
    uwsgi_temp_path {WORK}/uwsgi;
    scgi_temp_path {WORK}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location {SUBPATH} {{
            alias {site}/;
            index index.html;
            error_page 404 {SUBPATH}404.html;
        }}
    }}
}}
""")
    subprocess.run(["nginx", "-c", conf], check=True)
    url = f"http://127.0.0.1:{port}{SUBPATH}"
    for _ in range(50):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    subprocess.run(["nginx", "-c", conf, "-s", "stop"])


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def pages(site):
    """Every HTML page, relative to the site root."""
    found = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                found.append(os.path.relpath(os.path.join(folder, name), site))
    return sorted(found)


@pytest.fixture(scope="session")
def screenshots():
    folder = os.environ.get("E2E_SCREENSHOTS") or os.path.join(ROOT, "e2e", "screenshots")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder
