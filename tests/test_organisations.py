"""Organisations: gazetteer names, rules for unlisted names, lists, aliases, negatives.

Each case reads: sentence -> the organisations expected, as "name(alias, alias)"
separated by "; ". The names must be exactly these; the aliases written must be
among the record's aliases (it may hold more, e.g. official short forms).
"" means no organisation at all.
"""

from __future__ import annotations


import pytest

from newsx.components import context_of
from newsx.extract import gazetteer, organisations
from newsx.models import Organisation

from conftest import SHARED

CASES = [
    # --- gazetteer: ministries, short forms, former names ---------------------------------------------------
    ("산업통상부(이하 산업부)는 24일 정기총회를 열었다.",                         "산업통상부(산업부)"),
    ("산업부는 내년 예산 7000억원을 투입할 계획이다.",                           "산업통상부(산업부)"),
    ("산업통상자원부는 2024년 수출 실적을 발표했다.",                            "산업통상자원부(산업통상부)"),
    ("과학기술정보통신부(장관 이종호, 이하 ‘과기정통부’)는 사업을 공고했다.",       "과학기술정보통신부(과기정통부)"),
    ("해수부와 기재부가 예산을 협의했다.",                                      "해양수산부(해수부); 기획재정부(기재부)"),
    ("컬리와 11번가, 동원F&B는 우정사업본부와 협약을 맺었다.",                  "컬리; 11번가; 동원F&B; 우정사업본부"),
    ("중기부는 스타트업 지원책을 내놨다.",                                      "중소벤처기업부(중기부)"),
    ("6034억원, 2026~2032년, 해양수산부 공동",                                "해양수산부(해수부)"),
    ("환경부는 배출권 거래제를 손본다.",                                        "환경부(기후에너지환경부)"),
    ("여가부 폐지 논란이 이어졌다.",                                           "여성가족부(성평등가족부)"),
    ("식약처는 신약을 허가했다.",                                              "식품의약품안전처(식약처)"),
    ("통계청에 따르면 고용률이 올랐다.",                                        "통계청(국가데이터처)"),
    ("공정위가 과징금을 부과했다.",                                            "공정거래위원회(공정위)"),
    ("금감원과 금융위원회가 합동 점검에 나섰다.",                                "금융감독원(금감원); 금융위원회(금융위)"),
    ("한국은행은 기준금리를 동결했다.",                                         "한국은행(한은)"),
    ("한전과 LH가 협약을 맺었다.",                                             "한국전력공사(한전); 한국토지주택공사(LH)"),
    ("코트라는 해외 전시회를 연다.",                                           "대한무역투자진흥공사(코트라)"),
    ("KDI는 성장률 전망을 낮췄다.",                                            "한국개발연구원(KDI)"),
    ("서울대와 카이스트 연구진이 참여했다.",                                     "서울대학교(서울대); 한국과학기술원(카이스트)"),
    ("대한상의와 한경협이 공동 성명을 냈다.",                                    "대한상공회의소(대한상의); 한국경제인협회(한경협)"),
    ("전경련은 2023년 이름을 바꿨다.",                                          "전국경제인연합회(한국경제인협회)"),
    ("민주당과 국민의힘이 합의했다.",                                           "더불어민주당(민주당); 국민의힘"),
    # --- gazetteer: companies and groups ---------------------------------------------------------------------
    ("현대차와 기아가 신차를 공개했다.",                                        "현대자동차(현대차); 기아"),
    ("GS칼텍스는 연료비용을 20% 감축했다.",                                     "GS칼텍스"),
    ("HD현대미포는 AI 로봇을 투입했다.",                                        "HD현대미포"),
    ("한화오션과 HD한국조선해양이 수주 경쟁을 벌였다.",                           "한화오션; HD한국조선해양"),
    ("대우조선해양은 2023년 한화에 인수됐다.",                                   "대우조선해양(한화오션); 한화그룹(한화)"),
    ("SK하이닉스가 HBM 공급을 늘렸다.",                                         "SK하이닉스"),
    ("엔비디아의 H20 칩 수출이 막혔다.",                                         "엔비디아"),
    ("알리바바, 텐센트, 바이두 등 중국 테크 기업들이 칩을 시험한다.",               "알리바바; 텐센트; 바이두"),
    ("니혼게이자이신문(닛케이)과의 인터뷰에서 밝혔다.",                           "니혼게이자이신문(닛케이)"),
    ("파이낸셜타임스(FT)는 업계 관계자를 인용해 보도했다.",                        "파이낸셜타임스(FT)"),
    ("세계무역기구(WTO) 체제가 붕괴됐다.",                                      "세계무역기구(WTO)"),
    ("한림대성심병원 등 10개 현장에서 실증한다.",                                 "한림대성심병원"),
    # --- Latin prefix + Hangul name, Latin name + organisation noun -------------------------------------------
    ("SK스페셜티는 특수가스를 생산한다.",                                       "SK스페셜티"),
    ("LG에너지솔루션과 LG마그나가 협력한다.",                                    "LG에너지솔루션(LG엔솔); LG마그나"),
    ("HL클레무브 등이 장관상을 받았다.",                                        "HL클레무브"),
    ("CU편의점에 휴머노이드가 투입됐다.",                                       "CU편의점(CU)"),
    ("CJ대한통운은 물류 로봇을 도입했다.",                                      "CJ대한통운"),
    ("DB하이텍은 8인치 파운드리를 운영한다.",                                    "DB하이텍"),
    ("AI반도체와 AI핵심모듈 개발에 나선다.",                                     ""),
    ("ICT기업과 ESG경영이 화두다.",                                             ""),
    # --- name endings ---------------------------------------------------------------------------------------
    ("레인보우로보틱스는 휴머노이드를 만든다.",                                   "레인보우로보틱스"),
    ("키옥시아홀딩스(옛 도시바메모리)에 투자했다.",                               "키옥시아홀딩스(도시바메모리)"),
    ("베인캐피털이 컨소시엄을 이끌었다.",                                        "베인캐피털"),
    ("국민의힘은 인재영입위원회를 발족한다.",                                     "국민의힘; 인재영입위원회"),
    ("전준위(전국당원대회준비위원회)가 규칙을 정했다.",                             "전국당원대회준비위원회(전준위)"),
    ("대한골프협회(KGA)가 대회를 주관했다.",                                     "대한골프협회(KGA)"),
    ("중국현대국제관계연구원은 보고서를 냈다.",                                   "중국현대국제관계연구원"),
    ("성남시립의료원 설립 운동을 벌였다.",                                       "성남시립의료원"),
    ("서울시버스노동조합은 파업에 들어갔다.",                                     "서울시버스노동조합"),
    ("폭스뉴스와의 인터뷰에서 말했다.",                                         "폭스뉴스"),
    ("재생에너지와 전기자동차 보급이 늘었다.",                                   ""),
    ("지방은행과 대학병원, 요양병원이 대상이다.",                                 ""),
    ("기술시험 및 인증연구소와 영업팀을 갖췄다.",                                 ""),
    # --- coalitions and quoted names ------------------------------------------------------------------------
    ("M.AX 얼라이언스는 1000여 개 기업·기관이 참여하는 연합체이다.",               "M.AX 얼라이언스(M.AX)"),
    ("현대건설 컨소시엄은 공사기간을 108개월로 제출했다.",                        "현대건설 컨소시엄; 현대건설"),
    ("미디어 기업인 ‘트럼프 미디어앤드테크놀로지 그룹(TMTG)’이 비트코인을 샀다.",   "트럼프 미디어앤드테크놀로지 그룹(TMTG)"),
    ("‘한·미·일 연합 컨소시엄’에 참여했다.",                                    ""),
    # --- lists ----------------------------------------------------------------------------------------------
    ("삼성전자, 현대자동차, 레인보우로보틱스 등 1000여개 기관이 참여했다.",          "삼성전자; 현대자동차(현대차); 레인보우로보틱스"),
    ("SK, 롯데호텔, 코넥 등 300여개 기관이 추가로 합류했다.",                      "SK그룹(SK); 롯데호텔; 코넥"),
    ("기술을 개발한 마린웍스, 기술 개발을 선도한 HL클레무브 등이 상을 받았다.",      "마린웍스; HL클레무브"),
    ("파두, 리벨리온, 퓨리오사 등 3개 기업이 선정됐다.",                          "파두; 리벨리온; 퓨리오사AI(퓨리오사)"),
    ("AI가 누유, 스크래치, 결함 등을 검사한다.",                                 ""),
    ("자동차·로봇·무인기·가전 등의 4대 업종을 중심으로 한다.",                     ""),
    ("AI 팩토리, AI 로봇 등 분과별로 데이터를 확보한다.",                          ""),
    ("기업·연구소·대학 등을 참여시킨다.",                                        ""),
    ("여수, 순천, 목포 등을 찾아 유세했다.",                                     ""),
    # --- apposition -----------------------------------------------------------------------------------------
    ("농기계업체 티와이엠은 생산성을 11% 개선했다.",                               "티와이엠"),
    ("시험인증 전문기업 ㈜디지털이엠씨를 찾았다.",                                 "디지털이엠씨"),
    ("중견기업 육성을 위해 예산을 늘린다.",                                      ""),
    ("업체 관계자는 말을 아꼈다.",                                              ""),
    # --- local governments: the body acting, not the place -------------------------------------------------
    ("정부와 서울시는 비상 수송대책을 가동한다.",                                  "서울특별시(서울시)"),
    ("서울시 관계자는 대체 교통수단 이용을 당부했다.",                              "서울특별시(서울시)"),
    ("경남도는 조선업 지원책을 발표했다.",                                       "경상남도(경남도)"),
    ("가족이 경기 성남시 상대원동으로 이사했다.",                                  ""),
    ("성남시장과 경기도지사를 거쳤다.",                                          ""),
    ("이 후보는 경남 하동의 화개장터에서 간담회를 열었다.",                         ""),
    ("서울 영등포구 서울지방노동위원회에서 교섭을 벌였다.",                         "서울지방노동위원회"),
    ("부산 시민들이 해운대를 찾았다.",                                           ""),
    # --- courts and short forms in one article --------------------------------------------------------------
    ("미국 연방국제통상법원의 결정 뒤 통상법원은 다시 판단했다.",                    "미국 연방국제통상법원(통상법원)"),
    ("연방대법원이 판단하면 대법원의 결정이 최종이다.",                            "미국 연방대법원(대법원)"),
    # --- not organisations: generic words, people, titles, programmes -----------------------------------------
    ("정부와 산업계가 함께 만든 연합체이다.",                                     ""),
    ("김정관 장관은 “제조 AX가 중요하다”고 말했다.",                               ""),
    ("기업들이 해외로 나갔다.",                                                  ""),
    ("AI 팩토리 분과를 중심으로 전략을 수립한다.",                                 ""),
    ("M.AX(제조 AX)에 기여한 유공자 50인을 포상했다.",                            ""),
    ("지역별 주력 산단을 M.AX 클러스터로 전환한다.",                               ""),
    ("우수기업과 기관 등 포상",                                                  ""),
    ("이재명 더불어민주당 대선 후보는 호남을 찾았다.",                              "더불어민주당(민주당)"),
    ("한동훈 전 대표를 제명했다.",                                               ""),
    ("도널드 트럼프 미국 대통령은 관세를 부과했다.",                               ""),
    # --- found by reading print_orgs over the corpus --------------------------------------------------------
    ("고등법원 부장판사급 이상인 법관은 제외된다.",                                 ""),
    ("징계위원회에 징계 의결이 요구된 경우",                                       ""),
    ("SK디앤디와 계약한 삼표시멘트와 한라시멘트가 전력비를 낮췄다.",                  "SK디앤디; 삼표시멘트; 한라시멘트"),
    ("KDB산업은행과 KEB하나은행이 참여했다.",                                     "한국산업은행(KDB산업은행); KEB하나은행(하나은행)"),
    ("아프리카의 기아 문제가 심각하다.",                                           ""),
    ("기아는 EV9을 출시했다.",                                                    "기아"),
    ("한국전력공사(사장 김동철·이하 한전)는 요금을 올렸다.",                          "한국전력공사(한전)"),
    ("경기도 연천군은 20일 협약을 맺었다. 연천군 관계자는 기대를 밝혔다.",            "연천군"),
    # a local government with the sum it received, after its region; a council is not its city
    ("전남 담양군(31억 2천만원), 경북 예천군(24억 8천만원) 순이었다.",                  "담양군; 예천군"),
    ("보령시가 추경안을 보령시의회(이하 시의회)에 제출했다.",                         "보령시; 보령시의회(시의회)"),
    # an alias that is a common noun needs the body named otherwise in the article
    ("일당은 가짜 거래소 사이트에서 화면을 조작했다.",                                ""),
    ("기상청 예보에 따르면 비가 온다.",                                               "기상청"),
    ("키움 히어로즈와 NC 다이노스가 맞붙었다. 대한체육회는 목표를 밝혔다.",            "키움 히어로즈(히어로즈); NC 다이노스; 대한체육회"),
    # a short form opening the full name of a body named in the article means that body
    ("LG 트윈스는 KT 위즈를 이겼다. LG는 1위를 지켰고 KT는 2위다.",                     "LG 트윈스; KT 위즈"),
    ("LG는 배터리 투자를 늘렸다.",                                                   "LG그룹(LG)"),
    ("반면 현대차(-1.4%)와 기아(-0.9%)는 약세를 보였다.",                              "현대자동차(현대차); 기아"),
    ("2차전지주가 일제히 올랐다. KB금융지주는 배당을 늘렸다.",                          "KB금융지주(KB금융)"),
    ("충북대학교병원(충북대병원)은 트렌드포스(TrendForce) 자료를 인용했다.",             "충북대학교병원(충북대병원); 트렌드포스(TrendForce)"),
    # a company introduced by what it is, quoted and given a short name
    ("삼성물산은 미국 변압기 제조업체 ‘노스스타 파워 시스템즈’(이하 노스스타)를 인수한다.", "삼성물산; 노스스타 파워 시스템즈(노스스타)"),
    ("이번 행사는 ‘미래를 여는 축제’(이하 축제)로 불린다.",                          ""),
    # --- press releases and economy news: ministries after the 2025 reorganisation, short forms ---------------
    ("과학기술정보통신부(장관 배경훈, 이하 과기정통부)와 정보통신산업진흥원(NIPA, 원장 박윤규)은 AI 바우처 사업을 공고했다.",
                                                                            "과학기술정보통신부(과기정통부); 정보통신산업진흥원(NIPA)"),
    ("산업통상부(장관 김정관)는 한국산업기술기획평가원(KEIT·원장 전윤종)과 설명회를 개최한다.",
                                                                            "산업통상부(산업부); 한국산업기술기획평가원(KEIT)"),
    ("산업통상부는 한국산업기술진흥원(KIAT)과 소재부품 기술개발에 1200억원을 지원한다.", "산업통상부(산업부); 한국산업기술진흥원(KIAT)"),
    ("중기부는 기술보증기금, 중소벤처기업진흥공단과 함께 스마트공장 보급사업을 추진한다.",
                                                                            "중소벤처기업부(중기부); 기술보증기금(기보); 중소벤처기업진흥공단(중진공)"),
    ("중소벤처기업부(이하 중기부)와 창업진흥원은 예비창업패키지 참여자를 모집한다.",    "중소벤처기업부(중기부); 창업진흥원"),
    ("과기정통부는 올해 AI 컴퓨팅 인프라 확충에 1조원을 투입한다.",                  "과학기술정보통신부(과기정통부)"),
    ("재정경제부는 2026년 예산안을 국회에 제출했다.",                               "재정경제부(재경부); 국회"),
    ("기재부 관계자는 추경 편성 계획이 없다고 말했다.",                              "기획재정부(기재부)"),
    ("기후에너지환경부와 한국환경공단은 배출권 할당 계획을 발표했다.",                 "기후에너지환경부(기후부); 한국환경공단"),
    ("국가데이터처가 발표한 고용동향에 따르면 취업자가 늘었다.",                      "국가데이터처(데이터처)"),
    ("국가과학기술연구회(NST) 산하 25개 출연연이 참여한다.",                         "국가과학기술연구회(NST)"),
    # --- public institutions and associations not in the gazetteer: endings, declared acronyms -----------------
    ("부산테크노파크와 경남테크노파크가 공동으로 지원센터를 운영한다.",                 "부산테크노파크; 경남테크노파크"),
    ("한국스마트제조산업협회(KOSMIA, 회장 김영철)는 정기총회를 열었다.",              "한국스마트제조산업협회(KOSMIA)"),
    ("전남정보문화산업진흥원(JCIA·원장 박상용)은 콘텐츠 기업을 지원한다.",             "전남정보문화산업진흥원(JCIA)"),
    ("해양수산부는 부산항만공사, 인천항만공사와 스마트항만 구축 협약을 체결했다.",       "해양수산부(해수부); 부산항만공사; 인천항만공사"),
    # --- local governments acting ---------------------------------------------------------------------------
    ("경기도는 도내 중소기업 300곳에 수출 바우처를 지원한다.",                        "경기도"),
    ("부산시 관계자는 “북항 재개발을 차질 없이 추진하겠다”고 말했다.",                 "부산광역시(부산시)"),
    # an amount right after a local government: what it receives (allocation lists)
    ("시·도별로는 경상북도 142억원, 전라남도 128억원 순이다.",                          "경상북도(경북도); 전라남도(전남도)"),
    ("경기 성남시 5억원 아파트가 거래됐다.",                                              ""),
    ("대구시와 경북도는 행정통합 추진단을 꾸렸다.",                                  "대구광역시(대구시); 경상북도(경북도)"),
    ("경남 창원시는 방산 기업 유치에 나섰다.",                                       "창원시"),
    ("창원시(시장 홍남표)는 수소 트램 도입을 추진한다.",                              "창원시"),
    ("경기 화성시 관계자는 “피해 복구를 서두르겠다”고 말했다.",                        "화성시"),
    ("충북도와 청주시, 충북테크노파크가 오송 바이오 클러스터 조성에 협력한다.",           "충청북도(충북도); 청주시; 충북테크노파크"),
    # --- universities and hospitals ----------------------------------------------------------------------------
    ("한국과학기술원(KAIST)과 포항공대, 울산과학기술원(UNIST) 연구팀이 공동 개발했다.",
                                                                            "한국과학기술원(KAIST); 포항공과대학교(포항공대); 울산과학기술원(UNIST)"),
    ("한남대, 배재대, 목원대 등 대전 지역 8개 대학이 참여한다.",                      "한남대; 배재대; 목원대"),
    ("서울대병원, 세브란스병원, 삼성서울병원 등 5개 상급종합병원이 참여한다.",          "서울대학교병원(서울대병원); 세브란스병원; 삼성서울병원"),
    ("분당서울대병원과 경상국립대병원이 디지털 헬스케어 실증에 참여한다.",              "분당서울대학교병원(분당서울대병원); 경상국립대학교병원(경상국립대병원)"),
    # --- companies: lists, Latin prefixes, marks, consortia -------------------------------------------------
    ("네이버, 카카오, 업스테이지 등 15개 기업이 컨소시엄을 구성했다.",                 "네이버; 카카오; 업스테이지"),
    ("딥엑스, 모빌린트, 퓨리오사AI 등 AI 반도체 스타트업 10곳이 참여했다.",            "딥엑스; 모빌린트; 퓨리오사AI"),
    ("원익IPS, 주성엔지니어링, 피에스케이 등 반도체 장비 기업 20곳이 참가한다.",         "원익IPS; 주성엔지니어링; 피에스케이"),
    ("KT와 LG유플러스, SK텔레콤 등 이동통신 3사가 요금제를 개편한다.",                 "KT; LG유플러스; SK텔레콤"),
    ("금융위원회는 KB국민은행, 신한은행, 하나은행, 우리은행 등 4대 시중은행을 점검했다.",
                                                                            "금융위원회(금융위); KB국민은행; 신한은행; 하나은행; 우리은행"),
    ("LIG넥스원과 한화에어로스페이스가 수출 계약을 따냈다.",                          "LIG넥스원; 한화에어로스페이스"),
    ("LX세미콘은 차량용 반도체 설계를 확대한다.",                                    "LX세미콘"),
    ("주식회사 씨메스는 물류 로봇을 공급한다.",                                       "씨메스"),
    ("㈜한컴위드와 ㈜엑스게이트가 보안 협약을 맺었다.",                               "한컴위드; 엑스게이트"),
    ("두산에너빌리티 컨소시엄이 사업자로 선정됐다.",                                  "두산에너빌리티 컨소시엄; 두산에너빌리티"),
    # a listed company's name + an affiliate ending (rule), <Latin> AI with a particle or in a list (rule)
    ("LG AI연구원, 네이버클라우드, SK텔레콤, NC AI, 업스테이지 등 5개 정예팀이 참여한다.",
                                                                            "LG AI연구원; 네이버클라우드; SK텔레콤; NC AI; 업스테이지"),
    ("카카오헬스케어는 의료 데이터 플랫폼을 공개했다.",                                 "카카오헬스케어"),
    ("XY AI는 새 언어모델을 공개했다.",                                              "XY AI"),
    ("LG AI연구원, QX AI, 업스테이지 등이 참여했다.",                                  "LG AI연구원; QX AI; 업스테이지"),
    # civic groups: listed, or <X>연대/<X>연합 acting (particle + a statement verb)
    ("참여연대는 성명을 내고 “기준을 더 높여야 한다”고 주장했다.",                       "참여연대"),
    ("경실련과 환경운동연합은 공동 논평을 냈다.",                                       "경제정의실천시민연합(경실련); 환경운동연합"),
    ("기후정의연대는 기자회견을 열고 정부를 규탄했다.",                                 "기후정의연대"),
    # foreign names: a transliterated name with a (LATIN) short form in a list of companies (rule), equipment
    # makers (gazetteer), <X>대학 right after a foreign place (rule), big foreign universities (gazetteer)
    ("ASML, 도쿄일렉트론(TEL), 램리서치 등 해외 기업 12개사는 센터를 짓는다.",          "ASML; 도쿄일렉트론(TEL); 램리서치"),
    ("히타치하이테크(HHT), 키옥시아(KIOXIA) 등 해외 기업이 참여한다.",                   "히타치하이테크(HHT); 키옥시아(KIOXIA)"),
    ("어플라이드머티어리얼즈와 KLA가 장비를 공급한다.",                                 "어플라이드머티어리얼즈; KLA"),
    ("내년 상반기 네덜란드 바헤닝언대학 연수 기회도 준다.",                              "바헤닝언대학"),
    ("스위스 로잔대학과 네덜란드의 에인트호번대학이 참여했다.",                          "로잔대학; 에인트호번대학"),
    ("미국 하버드대학과 MIT 연구진이 공동 개발했다.",                                   "하버드대학교(하버드대학); 매사추세츠공과대학교(MIT)"),
    # an ordinary noun in a list of companies only among items that are clearly names (대상 among 풀무원)
    ("대상, 동원, 풀무원 등 식품기업이 참여했다.",                                      "대상; 동원; 풀무원"),
    ("소재·부품·장비 단지가 들어선다. 투자에는 삼성전자, SK하이닉스, HPSP 등 5개 기업이 참여한다.",
                                                                            "삼성전자; SK하이닉스; HPSP"),
    # --- not organisations in the same style: fields, products, addresses, titles, programmes, slogans -------
    ("이차전지, 디스플레이, 바이오 등 분야 기업 30곳을 지원한다.",                     ""),
    ("로봇청소기, 의료기기 등 8개 기업 제품이 전시됐다.",                              ""),
    ("스마트공장 구축 기업 30곳과 로봇 도입 기업 10곳을 선정했다.",                     ""),
    ("경기 성남시 분당구 판교로에 입주한 기업들이다.",                                 ""),
    ("충남 천안시에서 열린 박람회에 참가했다.",                                        ""),
    ("서울 중구 세종대로 대한상공회의소에서 간담회가 열렸다.",                          "대한상공회의소(대한상의)"),
    ("박형준 부산시장은 시정 계획을 밝혔다.",                                          ""),
    ("김동연 경기도지사는 기자회견을 열었다.",                                         ""),
    ("안덕근 산업통상부 장관은 기자들과 만나 이같이 말했다.",                           "산업통상부(산업부)"),
    ("스마트공장 보급·확산 사업과 AI 바우처 사업에 지원한다.",                          ""),
    ("K-반도체 전략과 AI 3대 강국 도약을 위한 예산이다.",                              ""),
    ("MZ세대와 IT강국의 위상이 흔들린다.",                                            ""),
    ("정부는 반도체 특별법 시행령을 의결했다.",                                        ""),
    ("퍼블릭클라우드 시장이 커졌다.",                                               ""),
    ("XY AI 모델과 GPT AI 서비스를 비교했다.",                                       ""),   # no particle: not a name
    ("사회연대는 중요하다고 밝혔다.",                                                 ""),
    ("야권연합은 후보 단일화를 요구했다.",                                             ""),
    ("시민들의 연대가 필요하다는 주장이 나왔다.",                                       ""),
    ("노동조합연합은 내년 총회에서 결정한다.",                                          ""),
    ("“전력과 용수, 인허가 등 기업이 현장에서 겪는 애로를 해결하겠다”고 말했다.",            ""),
    ("부품, 소재 등 기업 지원이 늘었다.",                                              ""),
    ("전력·용수 공급 지연으로 일정이 늦어졌다.",                                         ""),
    ("인공지능(AI), 연구개발(R&D) 등 기업 지원을 늘린다.",                               ""),
    ("미국 주립대학과 독일 공과대학을 비교했다.",                                        ""),
    ("서울대 경영대학 교수와 해외 명문대학 출신이 참여했다.",                             "서울대학교(서울대)"),
    # --- a name given its own short form and ending in a body's head (blind11/12) ---------------------------
    ("중앙재난안전대책본부(이하 중대본)는 3일 피해를 집계했다. 중대본은 복구비를 지원한다.", "중앙재난안전대책본부(중대본)"),
    ("건강보험심사평가원(이하 심평원)에 따르면 병상은 줄었다.",                 "건강보험심사평가원(심평원)"),
    ("중소기업 기술혁신 촉진법(이하 기술혁신법)과 청년도약계좌(이하 도약계좌)가 시행된다.", ""),
    ("일본 재무성은 개입했다. 일본정부관광국(JNTO)에 따르면 방문객이 늘었다.",   "일본 재무성(재무성); 일본정부관광국(JNTO)"),
    ("지방 국립대병원과 지역 거점병원의 중환자 병상을 늘려야 한다.",           ""),
    ("(서울=연합뉴스) 한예린 기자 = 테슬라코리아는 모델 Y 가격을 내렸다.",       "테슬라코리아"),
    ("국제결제은행(BIS)에 따르면 가계부채 비율은 89%다.",                    "국제결제은행(BIS)"),
    ("알리익스프레스(이하 알리)와 테무, 쉬인이 공세를 폈다. 알리는 밝혔다.",     "알리익스프레스(알리); 테무; 쉬인"),
    ("행사를 알리는 포스터와 바이오의약품 수출 실적",                           ""),
    ("산불피해복구특별위원회(위원장 권태형·의성2, 이하 특위)는 밝혔다. 한국전력거래소(이하 전력거래소)도.", "산불피해복구특별위원회(특위); 한국전력거래소(전력거래소)"),
    ("이스타항공과 티웨이항공이 취항하고 잡코리아가 조사했다.",                  "이스타항공; 티웨이항공; 잡코리아"),
]


def _parse(expected: str) -> dict[str, list[str]]:
    out = {}
    for item in filter(None, (x.strip() for x in expected.split(";"))):
        name, _, rest = item.partition("(")
        out[name.strip()] = [a.strip() for a in rest.rstrip(")").split(",") if a.strip()]
    return out


def _extract(nlp, text: str) -> list[Organisation]:
    doc = nlp(text)
    return organisations.extract(doc, context_of(doc))


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_organisations(tokenizer_nlp, sentence, expected):
    orgs = _extract(tokenizer_nlp, sentence)
    got = {o.name: o.aliases for o in orgs}
    want = _parse(expected)
    assert set(got) == set(want), f"{sentence}\n got: {got}"
    for name, aliases in want.items():
        assert set(aliases) <= set(got[name]), f"{name}: aliases {got[name]} lack {aliases}"


def test_table_is_large_enough():
    assert len(CASES) >= 80
    assert sum(1 for _, e in CASES if not e) >= 20  # negatives


@pytest.mark.parametrize("sentence", [c[0] for c in CASES[:30]])
def test_mentions_hold_and_have_sentences(tokenizer_nlp, sentence):
    doc = tokenizer_nlp(sentence)
    ctx = context_of(doc)
    for org in organisations.extract(doc, ctx):
        for m in org.spans:
            assert sentence[m.span[0] : m.span[1]] == m.text
            assert m.sentence == ctx.sentence_of(m.span[0]) >= 0


def test_every_mention_of_an_alias_joins_its_organisation(tokenizer_nlp):
    text = "산업통상부(이하 산업부)는 24일 총회를 열었다. 산업부는 예산을 늘린다. 이어 산업부 장관상이 수여됐다."
    (org,) = _extract(tokenizer_nlp, text)
    assert org.name == "산업통상부" and org.kind == "government"
    assert [m.text for m in org.spans] == ["산업통상부", "산업부", "산업부", "산업부"]


def test_kinds(tokenizer_nlp):
    text = "해양수산부, 삼성전자, 서울대학교, 한림대성심병원, 한국전력공사, 대한상공회의소, M.AX 얼라이언스가 참여했다."
    kinds = {o.name: o.kind for o in _extract(tokenizer_nlp, text)}
    assert kinds == {
        "해양수산부": "government",
        "삼성전자": "company",
        "서울대학교": "university",
        "한림대성심병원": "hospital",
        "한국전력공사": "public_institution",
        "대한상공회의소": "association",
        "M.AX 얼라이언스": "coalition",
    }


def test_gazetteer_covers_the_government_and_every_local_government():
    g = gazetteer.gazetteer()
    names = {e.name for e in g.entries}
    ministries = {n for n in names if n.endswith("부") and g.surfaces[n].kind == "government" and " " not in n}
    assert len(ministries) >= 19
    places = [e for e in g.entries if e.place]
    assert len(places) >= 17 + 226
    assert g.surfaces["경남도"].name == "경상남도"
    assert g.surfaces["산업통상자원부"].name == "산업통상부"


def test_user_words_keep_names_whole(tokenizer_nlp):
    words = {w for w, tag, _ in gazetteer.user_words()}
    assert {"산업통상부", "HD현대미포", "과학기술정보통신부"} <= words
    doc = tokenizer_nlp("산업통상부는 HD현대미포와 협약했다.")
    assert "산업통상부" in [t.text for t in doc]



def test_seed_organisations_f1(tokenizer_nlp, eval_score):
    import json

    score = eval_score
    gold_path = SHARED / "eval" / "gold" / "seed.json"
    if not gold_path.exists():
        pytest.skip("../shared/eval is not here")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    orgs = _extract(tokenizer_nlp, gold["body"])
    pred = {"body": gold["body"], "organisations": [o.model_dump() for o in orgs]}
    gold_only = {k: gold[k] for k in ("organisations", "optional", "input")}
    row = score.score_one(gold_only, pred)["kinds"]["organisations"]
    p, r, f1 = score.prf(row["tp"], row["fp"], row["fn"])
    assert f1 >= 0.90, f"organisations P={p:.3f} R={r:.3f} F1={f1:.3f} {row}"
    names = {o.name for o in orgs}
    assert not names & {"기상청", "특별검사팀", "정부", "산업계", "기업", "김정관"}


def test_list_head_gives_the_kind(tokenizer_nlp):
    orgs = _extract(tokenizer_nlp, "한남대, 배재대, 목원대 등 대전 지역 8개 대학이 참여한다.")
    assert {o.name: o.kind for o in orgs} == {"한남대": "university", "배재대": "university", "목원대": "university"}
