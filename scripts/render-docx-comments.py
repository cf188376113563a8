# Renders a .docx to PDF with its comments in the margin, for looking at an annotated copy (the README's picture).
# LibreOffice's own `--convert-to pdf` cannot put comments in the margin without a view, so this drives it through
# UNO with a real (virtual) display:
#   apt-get install -t bookworm-backports libreoffice-writer python3-uno xvfb   (LibreOffice 7.6+ has ExportNotesInMargin)
#   xvfb-run -a /usr/bin/python3 scripts/render-docx-comments.py 报告.checked.docx 报告.pdf && pdftoppm -png -r 110 报告.pdf page
import subprocess, sys, time, uno, os
from com.sun.star.beans import PropertyValue
def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
src, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
profile = 'file:///tmp/rl-render-profile'
proc = subprocess.Popen(['soffice', '-env:UserInstallation=' + profile, '--norestore', '--nologo', '--nodefault', '--accept=pipe,name=rlpipe;urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ctx = None
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
for _ in range(60):
    try:
        ctx = resolver.resolve('uno:pipe,name=rlpipe;urp;StarOffice.ComponentContext'); break
    except Exception:
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), '_blank', 0, (prop('Hidden', False),))
fd = uno.Any('[]com.sun.star.beans.PropertyValue', (prop('ExportNotes', False), prop('ExportNotesInMargin', True)))
doc.storeToURL(uno.systemPathToFileUrl(out), (prop('FilterName', 'writer_pdf_Export'), prop('FilterData', fd)))
doc.close(True)
try: desktop.terminate()
except Exception: pass
proc.wait(timeout=30)
print('wrote', out)
