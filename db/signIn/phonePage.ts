/** What the phone page shows of the activity and whom it offers to sign in. */
export interface PhonePageData {
  title: string;
  /** 2026年5月14日 09:00, as the clerk's screen writes it. */
  when: string;
  place: string | null;
  /** The members on the activity's sheet first, then the other serving members. */
  names: PhoneName[];
}

export interface PhoneName {
  memberId: number;
  name: string;
  /** On the activity's attendance sheet already (本次活动名单). */
  listed: boolean;
  /** The roster has a phone number to check the last 4 digits against. */
  hasPhone: boolean;
}

/** 2026-05-14 + 09:00 → 2026年5月14日 09:00 (a several-day activity: 至 its last day). */
export function whenText(startsOn: string, startTime: string | null, endsOn: string | null): string {
  const zh = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return `${zh(startsOn)}${startTime ? ` ${startTime}` : ''}${endsOn && endsOn !== startsOn ? `至${zh(endsOn)}` : ''}`;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON inside a script element: no `<` can close it early. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028|\u2029/g, ' ');

const style = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f1f1f;background:#f5f5f5}
header{background:#a8071a;color:#fff;padding:14px 16px}
header h1{margin:0 0 4px;font-size:20px;line-height:1.35}
header p{margin:0;font-size:15px;opacity:.92}
main{padding:12px 14px 32px;max-width:560px;margin:0 auto}
section{background:#fff;border-radius:10px;padding:14px;margin-bottom:12px}
h2{font-size:16px;margin:0 0 10px;color:#595959;font-weight:600}
label{display:block;margin:10px 0 6px}
#done .msg{margin-top:0}
h3{font-size:14px;margin:12px 0 6px;color:#8c8c8c;font-weight:normal}
input,textarea{width:100%;font:inherit;padding:10px 12px;border:1px solid #d9d9d9;border-radius:8px}
input:focus,textarea:focus{outline:2px solid #1677ff;border-color:#1677ff}
.names{display:flex;flex-wrap:wrap;gap:8px}
.names button{min-width:4.6em;padding:9px 12px;font:inherit;border:1px solid #d9d9d9;border-radius:8px;background:#fff}
.names button[aria-pressed=true]{background:#1677ff;border-color:#1677ff;color:#fff}
.actions{display:flex;gap:10px;margin-top:12px}
.actions button,.submit{flex:1;padding:12px;font:inherit;font-size:18px;border-radius:8px;border:1px solid #d9d9d9;background:#fff}
.primary{background:#1677ff!important;border-color:#1677ff!important;color:#fff}
button:disabled{opacity:.5}
.msg{padding:10px 12px;border-radius:8px;margin-top:12px}
.err{background:#fff1f0;border:1px solid #ffccc7;color:#a8071a}
.ok{background:#f6ffed;border:1px solid #b7eb8f;color:#135200;font-size:18px}
.hint{color:#8c8c8c;font-size:14px;margin:6px 0 0}
[hidden]{display:none!important}
`;

const script = `
(function(){
var data=JSON.parse(document.getElementById('data').textContent);
var $=function(id){return document.getElementById(id)};
var chosen=null,choice=null;
function render(filter){
  var boxes={listed:$('listed'),other:$('other')};
  boxes.listed.textContent='';boxes.other.textContent='';
  var shown={listed:0,other:0};
  data.names.forEach(function(n){
    if(filter&&n.name.indexOf(filter)<0)return;
    var b=document.createElement('button');
    b.type='button';b.textContent=n.name;
    b.setAttribute('aria-pressed',chosen&&chosen.memberId===n.memberId?'true':'false');
    b.onclick=function(){pick(n)};
    var k=n.listed?'listed':'other';boxes[k].appendChild(b);shown[k]++;
  });
  $('listedHead').hidden=!shown.listed;$('otherHead').hidden=!shown.other;
  $('none').hidden=shown.listed+shown.other>0;
}
function say(text,kind){var m=$('msg');m.textContent=text;m.className='msg '+kind;m.hidden=!text}
function pick(n){
  chosen=n;say('', 'err');render($('filter').value.trim());
  $('step2').hidden=false;$('who').textContent=n.name;
  $('noPhone').hidden=n.hasPhone;$('verify').hidden=!n.hasPhone;
  if(n.hasPhone){$('digits').value='';$('digits').focus()}
  $('step2').scrollIntoView({block:'start'});
}
function setChoice(c){
  choice=c;$('reasonBox').hidden=c!=='excused';
  $('btnPresent').className=c==='present'?'primary':'';$('btnExcused').className=c==='excused'?'primary':'';
  $('send').hidden=false;$('send').textContent=c==='present'?'确认签到':'确认请假';
  if(c==='excused')$('reason').focus();
}
$('filter').oninput=function(){render(this.value.trim())};
$('btnPresent').onclick=function(){setChoice('present')};
$('btnExcused').onclick=function(){setChoice('excused')};
$('send').onclick=function(){
  var digits=$('digits').value.trim();
  if(!/^[0-9]{4}$/.test(digits)){say('请输入您手机号的后四位数字。','err');$('digits').focus();return}
  var reason=$('reason').value.trim();
  if(choice==='excused'&&!reason){say('请填写请假事由。','err');$('reason').focus();return}
  var btn=this;btn.disabled=true;say('正在提交…','ok');
  fetch(location.pathname,{method:'POST',headers:{'Content-Type':'application/json'},credentials:'omit',
    body:JSON.stringify({memberId:chosen.memberId,digits:digits,attendance:choice,reason:choice==='excused'?reason:null})})
  .then(function(r){return r.json().catch(function(){return{ok:false,message:'签到已结束或网络中断，请找联络员签到。'}})})
  .then(function(r){
    btn.disabled=false;
    if(r.ok){$('form').hidden=true;$('done').hidden=false;$('doneText').textContent=r.message}
    else{say(r.message,'err')}
  },function(){btn.disabled=false;say('连接不上联络员的电脑：签到可能已经结束，或手机没有连接单位的无线网络。','err')});
};
render('');
})();
`;

/**
 * The page a member's phone opens: one self-contained HTML file (no external assets: the phone
 * may have no internet), in Chinese, at phone width. Its script and style carry the response's
 * nonce; the page's data sits in a JSON script element, never in markup.
 */
export function phonePage(data: PhonePageData, nonce: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>现场签到：${escapeHtml(data.title)}</title>
<style nonce="${nonce}">${style}</style></head>
<body>
<header><h1>${escapeHtml(data.title)}</h1><p>时间：${escapeHtml(data.when)}</p>${
    data.place ? `<p>地点：${escapeHtml(data.place)}</p>` : ''
  }</header>
<main>
<div id="form">
<section><h2>第一步：选择您的姓名</h2>
<input id="filter" type="search" placeholder="输入姓名查找" aria-label="输入姓名查找" autocomplete="off">
<h3 id="listedHead">本次活动名单</h3><div class="names" id="listed"></div>
<h3 id="otherHead">其他委员</h3><div class="names" id="other"></div>
<p class="hint" id="none" hidden>没有找到这个姓名，请找联络员签到。</p>
</section>
<section id="step2" hidden><h2>第二步：<span id="who"></span></h2>
<div id="noPhone" class="msg err">名册中没有您的手机号，无法在手机上核对身份。请到联络员处签到或请假。</div>
<div id="verify">
<label for="digits">请输入您手机号的后四位</label>
<input id="digits" inputmode="numeric" pattern="[0-9]*" maxlength="4" autocomplete="off" placeholder="4 位数字">
<div class="actions"><button type="button" id="btnPresent">签到</button><button type="button" id="btnExcused">请假</button></div>
<div id="reasonBox" hidden><label for="reason">请假事由</label><textarea id="reason" rows="2" maxlength="200" placeholder="如 出差、身体不适"></textarea></div>
<div class="actions"><button type="button" class="submit primary" id="send" hidden>确认签到</button></div>
</div>
<div id="msg" class="msg err" role="alert" hidden></div>
</section>
</div>
<section id="done" hidden><div class="msg ok" role="status" id="doneText"></div><p class="hint">联络员确认后计入本次活动的出勤。可以关闭此页面。</p></section>
</main>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script nonce="${nonce}">${script}</script>
</body></html>`;
}
