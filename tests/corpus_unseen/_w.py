import json, os
D='/work/main/tests/corpus_unseen'
def W(entries):
    p=os.path.join(D,'labels.json')
    lab=json.load(open(p)) if os.path.exists(p) else {}
    for fn,kind,ref,ex,date,text in entries:
        text=text.lstrip('\n')
        if fn.endswith('.eml'):
            text=text.replace('\r\n','\n').replace('\n','\r\n')
        open(os.path.join(D,fn),'w',newline='').write(text)
        lab[fn]={"kind":kind,"authority_reference":ref,"exemptions":sorted(ex),"response_date":date}
    json.dump(dict(sorted(lab.items())),open(p,'w'),indent=2)
