/// How often each Vietnamese syllable is written: Zipf frequencies times ten (log10 of uses per billion words),
/// each line a frequency and its syllables. Made by Scripts/syllable-frequencies from wordfreq 3.1.1's Vietnamese
/// list (data CC BY-SA 4.0, Robyn Speer and the sources wordfreq names).
enum SyllableFrequencies {
    static let table = """
        73 là
        72 và
        71 có của
        70 các không một được
        69 cho trong
        68 người này với đã ở
        67 thể để
        66 công họ khi làm như những ra sẽ tại từ vào về đó đến
        65 bị chính chỉ cũng học lại mà ngày nhà năm phải số sự thành thì tôi ông đầu động
        64 bạn bộ chúng còn gia hiện mình nam nhân nhưng rất sau theo thế thời thực trên việc đi điều
        63 anh con cả cần hành hình hơn nhiều nhất nên nó nước phát quan quốc sinh sử tin trung viên vì đang
        63 đây đại
        62 biết bản cao chủ cách cùng cầu do dân dụng hay hội khác kết lên lý mới nào nói nếu pháp phần qua
        62 ta thích thấy thị thứ trước trường tên tốt tự việt văn vị xuất ý định đồng độ
        61 bình bảo bằng chức cuộc cô cơ cảm em giúp giải giới hai hoặc hợp liên lượng lớn ngoài nhận quá
        61 rằng sản sống tháng thông thường thống tiếp trình tính tế tới vẫn vậy vụ xe yêu ăn điểm đường
        60 ban bao bất bắt chi chiến chú chưa cái cấp giáo giờ gì gọi hoa hàng hóa hệ khu kinh kỳ loại lần
        60 lực minh muốn máy mặt mọi mỹ nay ngay nghiệp nguyên nhau nhiên phòng phương rồi tay tham thêm thủ
        60 thức tiếng tiền toàn trị trở tác tìm tích tạo tập tỉnh tổ xem xã đặc địa đối ảnh
        59 an bà bài báo bên bố bởi chuyển chất cá diện dịch gian hiệu hoạt hà hãy hết luôn lúc lập lịch lời
        59 mẹ nhanh nhìn năng nơi nữ phong phân phố quyền sao sách sĩ thanh thiết thuật thuộc thật tinh tiên
        59 trang triển truyền trí tâm tình tư tất tổng tử vật vừa vực điện đánh đông đơn đưa đạo đất đề đều
        58 ai ba bay biến biệt bỏ chiếc chuyện chơi chương chế chị cung cuối câu cảnh cổ cứu cửa danh diễn
        58 dài dùng dưới dự giao giá giữa gần gặp hiểu hòa hỏi hồ khoa khoảng kế liệu lưu lấy mang mất mục
        58 nghĩa nghệ nguyễn nhiệm nhật nhỏ nổi nội nữa phẩm phụ phục quân quả sáng sát sở thay thi thiên
        58 thu thái thân thương thần tiêu tiến tra tranh trưởng trọng tuy tuổi tài tăng tương tối từng viết
        58 viện vô vấn vệ xác âm đoàn đình đúng đặt đẹp đồ đổi đội đời đủ đức ấy ứng
        57 biển biểu bác bán bé bóng bệnh ca chung chân châu chí chắc chịu chọn chứng cố cộng cứ di dù dương
        57 dẫn dựng giả giống giữ gồm hoàn hoàng huyện hướng hải hữu in khí khó kiến kiểm kể lâu màu mạnh
        57 mắt mở nghe nghĩ nguồn nhập phía phủ quyết quản quận rõ rộng sơn sư thư triệu trả trẻ tây tưởng
        57 tượng tục vui vùng vận xin xuống xây yếu ít đáng đêm đấu
        56 a bàn bắc chia chuẩn chúa chẳng chết chống cây cư cập du duy dạng dễ giám gái gây hôm hưởng hạ
        56 hạn hậu hồng hộ i khai khiến khách khả kim kiếm kiện kích ký kỹ long luật lãnh lòng lễ lệ mua mô
        56 môi mùa mạng mặc mỗi nghiên nghị ngoại ngủ nhiệt nhé nhóm nhạc nhớ nằm phim phá phép phạm quy quý
        56 quảng sang sân sắc sức the thuốc thủy tiểu trai trái trò trần trận trời trợ trực tuyệt tuần ty
        56 tàu uống vi vài vòng vũ xa y án đa đau đoạn đàn đào đá đâu đóng đô đôi đạt đảng độc
        55 buổi c cha chuyên chút chạy chỗ chữ cánh cáo cực doanh dung dòng dục ghi giảm hiểm hoạch hàn hát
        55 hơi hại hắn hồi khá khảo khẩu khỏi kỷ lan linh lo lê lạc lệnh lớp lợi may miền máu mã mẫu mật
        55 nghiệm nghỉ nguy ngôi ninh nền phiên phó phút phản quang quay riêng so thiếu thoại thuận thôi
        55 thúc thảo thất thắng tiết to tránh tuyến tuyển tân tướng tấn tịch tỷ vàng vẻ vọng vợ xảy xử yên
        55 áo áp đảo đứng ấn ủy
        54 biên bánh bí bước bảng bắn bổ chiều chấp chắn chứ coi càng căn cười cải cấu cụ da dành dấu giai
        54 giang giác giết gửi huy hy hương hạnh hạt hầu hỗ khỏe khởi kia kiểu kéo l la lai luyện luận lá
        54 lâm lĩnh lương lẽ lỗi lộ m mai mong món môn mạch mấy mềm mức nghi ngon ngành ngồi ngữ nha nhằm
        54 niên nàng nông nạn phi phú phổ quanh quần sai suy sông sẵn sớm sợ thánh thú thơ thưởng thượng
        54 thấp thầy thử toán trúc trắng tòa tôn tố tốc tộc tội tức vai vua xuyên xuân xếp đen đầy đọc đốc
        54 đừng ổn
        53 b binh băng bại bầu bức chiếm chiếu chuyến chồng chờ chứa cũ cạnh cầm cận cậu cắt cục cử dây dạy
        53 dữ dựa gốc hiệp hãng hôn hạng khóa khắc khối kính kẻ lao làng lạ lắng lửa lựa ma mãi mơ mại mối
        53 mời nga nghiêm ngài ngăn ngắn ngọc ngờ ngựa nhắc nhờ niệm nuôi núi nặng nối phù phúc phận phối
        53 quen quán rượu song suất suốt sâu súng sơ sắp t tai thao thiện thoát thuyết thậm thẳng thừa tim
        53 trao truy trách trì trương trạng tuyên tái tín tầng tận ví vương vượt vốn vời xong xung á âu đem
        53 đài đăng đảm đỏ đổ ơn ước
        52 and buồn buộc bào bây bữa chim chu chàng chào cháu chúc chăm chỉnh chữa cuốn cà cưới cường cứng
        52 diệt dõi dần dầu dụ e giản giấy góp gắng hàm hùng hưng hẳn hề họa hộp hủy john kháng khúc khăn kê
        52 kì liệt loài loạn ly lái lão lính lược lạnh lắm lục miệng mái mùi mừng ngân ngôn ngươi nhiêu
        52 nhiễm nóng nổ phê phí phóng phường phật quên ràng rút rơi rời rừng sa siêu soát sàng sóc sóng
        52 sạch sứ sửa thiệu thí thôn thận thịt thỏa thờ thụ truyện trùng trưng trụ trừ tu tóc tông túi tĩnh
        52 tường tạm tạp tả tải tấm tầm tỏ tồn u v video vinh vân võ vĩnh vườn vết web x xanh xét xúc xương
        52 xấu xứ ánh ích ô điển đoán đám đích đón đương đạn đấy đột đỡ đợi đứa ương
        51 bang bom bày bãi bạc bạch bậc bọn bốn bụng can cháy chó chóng chùa chảy chậm chặt chụp cát cơn d
        51 dừng game già giành giáp gà h hoá hài hào hút hảo hẹn hồn hổ khiển khánh khắp khổ khủng ko kênh
        51 liền loạt lành lông lượt lối màn mắc mệnh mộ mực n new nghề nguyện ngàn ngũ ngược ngừng no nâng
        51 não nắm nỗi nợ nửa of phái quà rối s sung săn sắt sổ tam thang thuê thác thù thăm thước thạch
        51 thập thọ thổ thở tiện triều trại trải trấn tá tù tùy tắc tắm tắt tặng tờ uy website xinh đà đèn
        51 đẩy đậu đẳng đế đỉnh ẩm ẩn
        50 bi bá bè bò bật bề bối bồ bờ cam canh che chạm chặn city cân cương cấm cẩn cặp cổng cờ dao dàng
        50 dám dưỡng dạ dậy dị dọa ga ghế giây gió giường giảng giấc giọng giỏi góc gắn gỗ ha hiến hoang
        50 huynh huyền huấn hè hấp họp hỏa hỏng hứa hứng kho khoản khám khô kêu kịch lí lưng lầm lẫn lỗ lộc
        50 miễn mày mê mông mũi mưa mười mạc mắn mệt ngang ngô nhu nhẹ niềm nỗ on phan phiếu phán phạt phức
        50 quê quỹ răng sài sáu sạn tan thiệt thoải thua thuyền tháp thăng thẩm top tri trào trông trú trăm
        50 trống trồng trục trữ tung tàn tán tô túc tần tệ tỉ tổn usd viễn vĩ vẽ vỡ xâm xưa york ác đo đuổi
        50 đáp đệ địch đỗ ưu ả ống ủng
        49 biện buôn bám bão bơi bạo bảy chuỗi chuột chánh chấm chối chợ chừng cup căng cản cỏ cốt cỡ cựu
        49 dinh dày dính dĩ dũng dư dặm g giàu giày gòn gấp hiếm hiếu hiển hoài hô hư hầm james k kg khuyên
        49 khán khóc khấu km kém kịp lam lang loan lui lào lãng lôi lăng lưới lặng mi michael mãn mảnh mẽ
        49 mộc ngã ngọt ngực nhánh nhảy nhắn ném o pha phu phước phỏng rác rãi rửa tha thai thuế tháo thả
        49 thảm thằng thẻ thịnh tiếc tiệc treo trà trích tròn trốn trứng tách tùng tảng tọa tống tụ tứ ung
        49 vong vé vạn vỏ world xu xứng you ép úc đai đe đinh điệp điệu đua đuôi đòi đĩa đập đền đốt đồn
        49 đựng ạ ảo ấm ốc
        48 bia bách bát bẩn bận bến bếp bột cai chai chinh chiêu chán chìm chín chăn chấn chở chủng co cám
        48 cán cãi côn cú cướp cảng cất cẩm cốc cột cụm david de duyệt dàn dã dường dược dọc dứt for gan
        48 george giam giãn giận gương hang hi ho hoan hoà http hung huyết huế hán hòn hằng hối hỗn ii is
        48 khung khuyến khuôn khái khát khẳng khổng kiên kèm kín kĩ kệ liều luân lát lô lũ lừa man mau me
        48 miếng mm muối my màng mát mèo móc mưu mạn mồi mộng nghèo ngón ngơi ngạc ngại ngọn nhi nho nhẫn
        48 non nô nấu p park phiền pháo phẫu quyển r rau rắn san say soạn sánh sót sẻ sữa sỹ than thiền
        48 thiểu thuần thách thám thép thùng thải thợ thụy tia tiêm tour trinh trúng trăng trưa trạm trầm
        48 trộm tuyết tuân tuấn tàng tám táo tú tước tốn tựa van viêm vững windows xóa xưởng xạ ái ám ân ôm
        48 úy đan đeo điền đàm đợt ức
        47 album axit by bông bùi bút bỉ bọc bồi bụi canada chép chư chả cáp cống cửu duyên dáng dâm dâng
        47 dạo dọn ghé gián giáng giấu google gói heo hiền hot hoảng huỳnh hâm hôi hẹp it kem khen khoan
        47 khoáng khuẩn khích khôi khôn khẩn khứ kiều kiệt kí kỉ league lee leo lân lãm lò lưỡi lầu lắp lẻ
        47 lọc lỏng lồ lồng men muộn mây mì mù mươi mạo mến mọc mỏi mồ na nghìn nguyệt ngầm ngắm nhuận nhãn
        47 nhượng nhấn nhị nâu nét nút nương nướng nạp nấm nẵng paris paul peter phe quái quét quỷ ruột rồng
        47 su sàn sưu sốt sợi tang tao thưa thạnh tiềm triết trôi trượt trịnh tv tóm túy tươi tạ tủ vang ven
        47 virus vuông vây vú vội xoay xá xích xóm xô à ôn đoạt đói đầm đằng đặng đẻ đồi ơi ấp ổ
        46 air all am bar buông bàng bái béo bê bùng bấy bền bọ bỏng bốc bội bớt camera charles chuông chìa
        46 chôn chăng cm cong cúc cơm cược cạn cắm củng cự diệp diệu dâu dãy dò dịp f file frank gai ghép
        46 ghét giật group gánh gã gạo gối gỡ gợi henry hoại huệ huống hãi hưu hận im kh khang khoá khoác
        46 khoẻ khuyết khói kiếp lau li london lót lùi lùng lúa lưỡng lật lặp lệch lộn lỡ lợn mark mary
        46 mexico model má mét móng măng mũ mượn mảng mỏ nai ng ngoan ngư ngưng ngưỡng ngập ngộ ngợi ngự nhĩ
        46 nhạt nhầm nhắm nhịp nhựa nát nạ nề nộp nở nụ one ong online phấn phẳng phế phổi protein quyến
        46 quát quỳ quỳnh ranh richard robert rũ rẻ rốt suối syria sướng sụp thiệp thoái thoảng thuẫn thắc
        46 thỉnh thỏ thổi ti tiệm tre tràn tráng trân trật trộn tạng tật tớ uỷ va voi vành váy vả vịnh
        46 william with xi xăng youtube óc đc điên đáo đáy đâm đùa đạp đậm đắc đống đớn ưa ồn
        45 be bích bó bóp bù bưu bắp bể bồn carl chiêm chiết chua chuyền chà chén chẩn chẽ chốt chục cu
        45 cuồng cuộn cài cóc cúi cúng cưỡng cậy cắn cắp cởi cừu daniel day dong dại dải dắt dẹp dốc dối dở
        45 eo euro giặt go gãy gõ gấu gọn harry house hân hò hắc iii inch j jack khoai khoang khoảnh khê
        45 khơi khỉ khớp kitô kiêm kỵ le liêu liễu love làn lõi lũy lạm lạp lạt lọt manh martin max mâu mò
        45 mòn múa mầm mậu mỏng mốc mổ mờ mỡ nghiện nghịch ngoái ngu ngào nh nhàng nhơn nhạy nhện nhỉ nhục
        45 ni nêu nôn nắng nốt nồng oxy phun phùng phượng phụng pin quạt quế ray real red ruộng rào rắc rộn
        45 sam show sáp sói súc sườn sốc taxi th thomas thuỷ thâm thèm thô thơm thạc thắt tom toà tp tr
        45 triệt tràng trâu trạch trừng tuệ tào tê tím tò tản tảo tết tỏa up vu vượng vải vắng vịt vở walter
        45 xà xám xí xông xưng yến đ đoan đòn đúc đạc đắn đắt đếm đới đụng đứt ướt
        44 al anna apple are arthur at brazil buồng báu bã bấm bệ bổng ch chelsea chicago chiên chris chuồn
        44 châm chém chùm chọc chớ cp cua cúp củ dc don dập dỗ dội dời ed edward gay giặc green guitar gác
        44 gò gạch gạt gốm gởi ham hiếp hong hoành hoãn hoạn hít hước hạch hạm hả họng hố hở iran israel
        44 jackson jones khe khiêm khiêu khiết khoái khoán khía khải khử king kiêu kiệm kép kẹo kẹt lincoln
        44 liêm los lây lùn lăn lũng lường lạng lắc lặn lọ lột lữ madrid maria miêu muôn muội mường mẫn mập
        44 mặn news nghiêng ngãi ngẫu ngắt ngột ngụ ngục ngừa nhai nhan nhiếp nhã nhì nhũng nhược nhặt nhọn
        44 nhở nuốt nén nón nảy nọ oh ph phiêu q quyên quãng quí radio ro rock rose run rung râu rạp rập rẽ
        44 rễ rỉ rủi samsung scott sen series si simon smith son sâm sét sôi sút sương sẹo sờ texas that
        44 this thiêng thiếp thoả thung thói thùy thầm thục thự time tiễn trump trùm trắc trễ tui tà tát tí
        44 tôm tơ tẩy tể tị tịnh tồi tụng tựu uyên vay vietnam viếng ván vâng vũng vạch vất vặt vẹn was
        44 wilson xen xoắn xì xăm xế your điêu đãi đè đê đính đôn đắk đắm đắp đệm ốm
        43 about adam allen andrew android angeles ao arsenal as banh ben berlin bill bo bob bong buýt bèn
        43 bì bìa bùn búp bơ bơm bạt bộc bực cafe center chay chui chèo chéo chì chướng chốn chớp cành cõi
        43 cưng cưỡi cạo cấy cẩu cối cồn cỗ cớ donald dán dê dặn dệt dịu dồn dỡ el eric fan flash francis
        43 from galaxy gen ghen girl giọt grand gũi gậy he hitler home hái hãm iv jean joe jordan khan khanh
        43 khao khinh khiếp khiếu khuất khâu khéo khương ki kiềm kong két kông kẹp land len like little
        43 louis lung luồng láng lánh lơ lạy lấn lấp lụa lứa marie mike miller mini miên miện mu mv mãnh mĩ
        43 ngai ngây ngất ngậm ngụy nhiễu nhung nhường not nàn olympic out pa pc phiến phím phô piano pro
        43 queen quầy robot roger ruồi rách rèn rạch rải rể rỗng sony st star steve sun sảnh sắm sếp thiêu
        43 thúy tokyo tony trọn trội tăm tặc tụi united vs vuốt vách vươn vỗ vợt walker we white who will
        43 xài xách xả xỉ young z ê êm ôi út đam đuối đàng đấng độn ư ớt ủi
        42 alan alex alice alpha amazon bank big black blog body boston brian brown bruce bính bóc bôi bướm
        42 bầy bẩm bẫy bẻ bế bỗng canxi cay cd central chan chanh chen chip chuối chuồng chuộng chằm chặng
        42 chửi clark clb cò còi côi cù cặn dai dan data davis diệm dna dr dvd dì dơi dưa dừa email eu feet
        42 florida ford free games gdp ghê giêsu giơ giếng golden good gordon grant gân gìn gầm gục hack han
        42 hao hd his how howard https huân hèn hét hông hạo hẻm hụt if iso italia jim jin joseph kevin khoe
        42 khuynh khuê khốn khống kon kẽ kề laser lewis line link live loa lucas lãi lén lướt lười lượn lận
        42 lậu lề lội lụt lựu mao mc media mg mix miếu more mr myanmar mác mẻ nang nghiền nghiệt ngâm ngõ
        42 ngạch ngạo ngốc nhuộm nhát nháy nhí nhôm nhũ nhấc nhốt nhồi nhổ night niêm norman nung náo nôm
        42 nắp nếm nến nếp nồi nộ nứt oanh off ok page patrick pdf phanh pho phác phơi play post power pp
        42 premier quách quấy qđ ri rick robin rome rong rã rãnh rùa rạn rảnh rổ rỗi rớt rụng rực sanh santa
        42 sea set sex sir soi soo stephen studio super séc sê sùng sưởi sấu sập sỉ sọ sừng team thoáng thuở
        42 thê thính thấm thấu thầu thắn thề thối thủng times toa tro trán trêu trù trơn turner tuyền táng
        42 túng tý tạc tấu ubnd us uyển uốn victor vitamin viền vác vã vòi vòm vôi vứt w wall way what woo
        42 xii xoa xuôi xé xót xôi xơ xướng yết yểm zealand ào đao đun đành đái đèo đùi đũa đạm đậy đố đốm
        42 đực ướp ấu
        41 ac acid ah albert alfred andy asean asia back bangkok blue boy bus bén búa bịt bọt bổn caesar
        41 carbon chang chase china choáng chuộc chày chè chê chênh chích chùi chước chưởng chải chật chọi
        41 chợt cia class club cn croatia cuba cuống cày căm cưa cọ cụt cừ diên down dragon dưng dẻo face
        41 full gi giã gold gom gs găng gầy gắt gừng have heart high hill hiv houston hoạ huỷ hãn hăng hệt
        41 hổng ian id intel ion ios iraq jane jason java jay jersey jimmy johnson jong just kali kelly ken
        41 keo kha khuya khép khốc kèn kèo kìm kẽm lanh life light liêng logo luyến lách lư lầy lẫy lều lộng
        41 lờ mac marcus master miami milan min miss mobile moi morgan moscow mtv mào mép mìn mắm mịn mồm mụ
        41 nan neo nghênh ngà ngó ngưu ngần ngặt ngứa nhái nhâm nhúng nick now nà nãy nè né nóc nđ nại nản
        41 oai office oliver open or over phil photo phàm phàn phì phôi po pop potter que raymond remix
        41 review rio river roi ron ross royal ru ryan rán ráp rót rô rước rệt rịa rỡ rủ samuel sarah school
        41 se see seo seoul site sky stone sào sáo sô súp sọc sủng taylor tem tho thpt thà thảy thới tivi
        41 trói trướng trượng trọ ts tum twitter type tưới tề tệp tỉa tủy ukraine un vali ve view villa
        41 vincent vãn vướng vần vắc vặn vớt vụn walt watson wayne west xoáy xê xít xíu xảo xịt điếu điềm
        41 đãng đả đấm đục ơ ưng ồ
        40 abraham ad adn ali amin ann anne atlanta au baby baker barbara bass batman bayern bbc bernard
        40 best beta billy bin bit book boris box but buồm bành bít bón bú băn bạ bả bồng bới bừa call
        40 cameron carlos carol carter chao charlie chài chói chót chạp chảo chốc chồn chổi clip control
        40 cooper cover càn cào cúm cước cọc củi dang dave delta diego diesel digital diêm diều diễm diễu dj
        40 dream duệ dật dậu dồi dứa earth en end english ep express fc fifa fort fox fred gabriel garden
        40 gary get gieo gioan giun giêng giầy giềng global god golf gu guy gào gáy góa gươm gặt hal hand
        40 hans harold harris hat hee her hiên hlv holmes hormone hoán hoả hoắc hoằng hp html hunter há háo
        40 hãnh hươu hạc hốt hột hức index ip iphone italy ivan jacob jae jeff ji jo johnny jon jose julia
        40 justin karl kennedy key khiếm khoăn khuếch khâm kiêng kíp latin laura lay leon lg lisa liếm logic
        40 lon lu luke léo lắk lằn lốc lốp lồi lở lừng mail manga matt matthew maya metro miến ms music muỗi
        40 mài mách mía mùng mút mạ mạt mắng mỉm name nasa next nguyền nguội ngòi ngói ngạt ngẩn ngọ nham
        40 nhàm nhàn nhào nhá nhét nhóc nhô nhăn nhưỡng nhậm nhậu nhịn nhủ nhức nm noel nokia note nq nã
        40 nòng nấy oan obama old only order oscar our oán pacific parker phao phaolô phách phò phả qui quạ
        40 quấn quất quật ram rang right roman roy rét rên rêu rò rưỡi rạng rậm saint search server shaw
        40 siết sp steven street stuart suzuki suýt sydney system sòng sưng sầm sầu sỏi sụt sủa ted teen ten
        40 text then thoa thoi thuyên thâu thét thạo thản thắp thẳm thềm titan trá trác trâm trút trặc trọt
        40 tua tuất tuỳ two té tấp tẩm tẩu tẻ tụt tỳ tỵ unesco usa uất version von vò vóc vùi văng vảy vấp
        40 vầy vẫy vớ vờ vụng when won xay xấp xắn xịn yoo yuri úp đu đày đán đẫm đắng đẽ đọng đốn ất ầm ếch
        40 ừ
        39 aaron abc abu action again aids ak amy ana andrea ang anime antonio april arnold art austin bad
        39 barnes barry beach bell bella biếng blake bobby bon bond bryan bu báng bênh bô bùa bún bưởi bầm
        39 bậy bửu captain card cau ceo choi choàng christ cháo chèn chòm chưng chậu chổ clarke clay clinton
        39 code cole collins core cpu cáu câm cằn cốp dead dean dennis design diana doc dog douglas doãn
        39 dubai dylan dào dĩa dơ dột ea edge emma eugene eva fa felix first four gang gas georgia giuse
        39 giàn giê giòn giỏ giục got gps grace gram greg gregory gán gót gật gặm gộp gớm happy harvard
        39 harvey has hawaii helen hit hoi hon honda hudson hunt hé hòm hợi hủ into iris iron isaac japan
        39 jazz jerry jessica jesus joan joon juan june jung kai kang kansas khiên khoát khỏa know kè kình
        39 kị las led leonard liga lim linda liu lord louise ltd luộc lynch lã lìa lít lóc lõm lăm lẽo lửng
        39 lỵ made main make mason mb miles mo monroe moon mão mấu mẩu mẹo mọt mớ mỳ nancy nano nato neil
        39 network never ngao ngoạn ngoặt ngơ ngạn ngải ngỗng ngủi ngửa ngửi nhẵn nhọc ninja năn nể nỉ ocean
        39 os owen oxford palace phone phà phêrô phẫn phỉ phồn phồng pierre place plus point prince putin
        39 quẩn quỵ ralph raven re reo rob roma russell rà rành rìa ròng rơm samurai sara sean service she
        39 some south soái sparta store sub suôn sạc sấm sẫm sồi sửu tae take te tell tennis terry there
        39 they thiến through thuột thìn thẹn thệ tiếu tiệp tiệt tnhh toan toilet town trãi trèo trăn trỗi
        39 trứ ttg tuột tã tía tòng tưng tạt tầu tỏi tụy usb val vegas venice vest vienna vtv vá vét võng
        39 vạt vắt vọt vựng vỹ wallace ward watch were wolf woman xao xiv xoài xoá xua xui xx xáo xước xẻ
        39 xỉn xỉu xộn yi điếm điểu đùng đút đăk đươc đặn địt ố ủ
        38 ab abe airways angel angela another anthony apollo arizona ashley asian audio away bai bailey bc
        38 beauty been before belle block blood blu bolton bradley bruno bts bull butler bói băm bướu bần
        38 bẩy bỉnh bịa bịch bộn bừng cabin cairo calvin cang canon capital capitol carlo carmen casey cass
        38 castle cat chapter chile chun chàm chóc chóp chầu clara classic clo college color come conan copy
        38 curtis cút cạp cằm cọp daily dallas dance danny date deep del den diamond dick die diêu doi
        38 dollar doạ drive duke dutch dãi dùm dượng dạt dấy dẫu dằn dẻ dốt dực eddie edgar edition elena
        38 emily enzyme erik et fbi fda fe fed film fire fischer fish food foot formosa fu gam gao garcia gb
        38 gene giò giở glenn great grey gả gập hacker hall hanh harper hcm head helena hello hen here him
        38 hop hope hotel hq hu hugo human hun hungary huyên huyệt hyun hyundai hí hót húc hốc hỡi hựu hỷ
        38 idol image inter ireland island ja janet jang jet josh jules julian julie jun kane kara karen
        38 kate ke keith kent khmer khuấy khăng khảm khế kid kiệu korea krông ku kurt kyung kén kìa kạn kẻo
        38 kền lady lake lane laptop larry les let level lily lin linux list logan lotus loãng loét lucy
        38 luis lì lùa lẩn lặc lẹ lợp lụy madison mae manila map marcel marco mario marion mart miranda miệt
        38 mode mol mon morning morris mp mt munich murphy máng mâm mân mãng méo mít múi mễ mốt mồng mứt
        38 nanh naruto natri nelson net nevada nghẹt nghẽn ngoãn ngáy ngượng ngả ngẩng ngẫm nhuyễn nhích
        38 nhõm nhả nhấm nhấp nhằn nhẹn nhộn nhớt nicole niệu nobel noi nom náu núm nơ nạt nặc nịnh nọc nới
        38 nực oa oda ohio omar orleans osaka pablo pan part people perry philip phiện phông phất phộng phớt
        38 piper pizza pound profile project pt qatar quáng quăng quậy quặng rachel radar ran rao rap reed
        38 ren rex rhodes rico road roberto rogers roland ronaldo ráng ráo rèm rình rìu rùng rầy rẩy rộ rợn
        38 sakura saudi schmidt secret serie sexy sharp sherman short side sim single soda solo sophie
        38 spencer sport stanley stefan style sum summer susan sweet sành sán sò sảng sục tag tel thiêm
        38 thiều thon thoạt three thêu thình thóc thằn thớt thừng todd toi tommy touch tower toạ tru trát
        38 tròng trĩ trơ trầy trẫm trệ trọc trỏ trừu tt tuý tyler tì tít tơi tằm tốp uông uẩn var vatican
        38 vii viii village vista vn vo voice vung vy vãi vẩn vằn vẹt vệt wa want water wells where why xiêm
        38 xiên xp xuồng xào xát xẩy xổ ya yahoo yo yoga yu zero zeus zoom ách át điếc đò đôla đúp đản đổng
        38 ải ập ối ổng ỷ
        37 ace acer adobe adrian after alabama alaska allison amanda andrews annie anti anton around arrow
        37 athens aurora auto avatar awards bean bee betty bird blues boeing boss bot br brad break buck bân
        37 bịp bời care case chester chiểu chôm chần chập chắp chắt chồi chừ chừa claire claude cloud cnn
        37 cola com company conrad costa craig cross crystal cs cyrus còng cùi cỏi cộ dana daryl days demo
        37 des desktop detroit disney diệc drake ds dè dép dí dấn dầm dẫm east edit ellen ellis engine
        37 europa evil eyes fall family fashion fax fi find fisher floyd fm forbes form forum ganh gara
        37 gates general giông giùm giấm giỡn glass gloria glucose graham gray gài gàng gạc gội had hannah
        37 hell hills hinh hood host hugh hách hê hòng hóc hùm hú húng hăm hđnd hắt hằn hỉ hời hử ia ibm il
        37 images insulin iowa ipad ix jacques jake jamie je jenny jeremy jesse joshua joy jr ka karate khét
        37 khóe khất khố kids kit korean kuala kun ky last lem leslie lipid lm look lorenzo low lucky lumpur
        37 luna luồn láo lép líu lóng lún lúng lút lượm lẳng lẻo lỏi mafia maggie magic malcolm marina
        37 market maurice mega mekong messi mia micro miguel minas mind ml mod module monaco money monica
        37 moore motor mui muỗng mè môt mương mướn mượt mận mị mọng mụn mủ mửa naples nathan need ngách ngán
        37 ngóng ngầu ngỏ ngụm nhe nhoáng nhám nhút nhạo nhỡ nice nigeria nina nong north nova noãn nu nách
        37 nêm nín nít nôi núp nấc nấp nậm nệm opera orlando other oxi oz palm party pat paula pearl percy
        37 peru pete phai phoenix phèn phình phích pi pixel player plaza port porter prime quai queens quẻ
        37 randall reading reid rita rocket rocky roll rom rosa ruby râm rê răn rẫy rọi rốn rồ rợ rủa said
        37 saigon sanchez sc scandal season seattle seok seth shield shin sin sing sm sms snow solomon
        37 sophia sports square ss stan stark start stevens still stop storm sv sá sám sấy sắn sộ tab tcn
        37 teo teresa test thanks thcs their things thong thuỵ thây thò thỏi thốn thốt tien tiger today tong
        37 too toyota toái toại toả toản trade trailer trans troy true tràm trảng trầu turbo tuế tuồng tày
        37 tánh tâu túm tột tủa tửu ultra uruguay uế vera viking viktor vip vision vol vv vít vơ vẩy vế vồng
        37 vữa wade wales wanna war warren western winston wong word work xiii xix xiếc xo xù xẻo xỏ xốp
        37 yale yang year yemen yoon yếm áng ó ói ôxy ăng đh đuợc đít ạt ắt ỏi
        36 academy access account adams ae ahn alicia america ap apache app arena ass atm avenue axít bali
        36 ball band banks banner barack barca barney bates bb beat bennett beth bishop blade board boong
        36 bosch boys brand bridge bs bt bung burke bush bàu bôn bướng bẹp bốt bở bợ bục bự cacbon camp cap
        36 cc ce cell chad channel chapman chat chdcnd chiêng chong chuck chét chíp chĩa chơn chận chằng
        36 chẵn chệch clayton coca cold colin compact complex cook cool corp cr crazy creek cruz ct cuốc cv
        36 césar cõng cún cảo cẳng cồng cội cợt dae dale dante darius dark dawn db death denver derek diane
        36 dixon diếp doctor dom domain dorothy double duncan dwight dùi dĩnh dền dỏm eden eduardo edwards
        36 elite elle elliot elliott elsa elvis empire entry enzym era erica eun evans eve ever everton eye
        36 falls fantasy far fast federer feel fine firefox five force forever format foster fpt france
        36 friend friends fury gala gallery gamma gate genesis georges gerald ghim ghost ghz ghẻ gio girls
        36 give giăng giũ giương giằng giễu giỗ giời goku gone greene ground gun gãi gôn gấm gỉ hara hard
        36 hassan hawk health hecta hector help hero hn hoffman hye héo hũ hạp hẻo hổi hới hừ ic ice iceland
        36 inc indiana inside irish isabel itunes jaeger jakarta jedi jeffrey joker josé journal judith
        36 junior kan kenshin kham khay kheo khiêng khoanh khong khuỷu khùng khước khắt khẽ khờ kill kirk
        36 kiếng kiền klaus kw kyle kyoto lanka lara lauren lb leave left legend liberty limited links
        36 lionel liếc lloyd lonely lopez lost lot lucius luther luông lác lênin lình lươn lạch lả lẩm lố
        36 machine mad magie magiê mama manager martha masters mean menu meta mills mine montana moses
        36 moskva mother mun murray mí mó mõm mề mền mỉ mỉa nao napoli nat nature nct nem newton ngan nghẹn
        36 nguyen nguời ngóc ngấm ngớ ngỡ ngợm ngừ nhoi nhuệ nháp nhím nhúc nhún nhơ nhạn nhảm nhầy nhọ nhờn
        36 nhừ nicolas nixon nk noah nothing nsnd nsưt nt number nài nành nê níu nòi nạc oi oil olivia om
        36 omega oregon organ own palmer panama pascal pay pen perfect pg pgs pharaoh phiếm phạn phết phở
        36 piece pike pl planet plasma pleiku poker pope pr preston price private ps pu pô qu quyện quàng
        36 quýt quẹt quỉ rai rain randy ranger rating read rebecca report resort return reyes rich riley rim
        36 riềng ronald room rooney rossi round ruth ryu rát rè rít rùi răm rượt rận rằm rặng sales salt
        36 sandra sasha savage save sd sedan serbia sevilla shane sharon ship shop silicon silver sk smart
        36 sn social sol soon source space speed spider sri stalin state stella steroid story strange stream
        36 strong sugar sushi suv swift switch sên sả sải sảy sẳn sặc sệt sỡ sụn talk tango tanh tara tesla
        36 them theme thing think thiếc thor thuy thán thìa thím thắm thặng thố timor titanic title tiều
        36 tonight toronto total tracy travel triền truồng tráo trũng trổ trớ trợn trụi tuốt tuộc tw tấc tởm
        36 tợn uae uefa ui ukraina um under url uss uý uổng valley vanessa verde very viettel visa visual
        36 vnch váng vđv vơi vượn vạc vỉa vồ vừng wang wave well wendy wesley wheeler whitney wi win winter
        36 without wright wu xavier xvi xâu xéo xói xúi yeon yong yun zombie éo í ú đay đoái đuốc đóa đĩnh
        36 đơ đẩu đểu đọ đọa đụ ĩ ảm ẩu ổi ờ
        35 aa afc aff ag age airbus alexis alma alo alone always amber amen analog andre andrei antoine apec
        35 api ar arab arabia archer ark ash athena atlas av babylon barton base based basic bat bauer bear
        35 beck benny benz better bitcoin biếm bloom bmw bn boa boat bonnie boom both bourbon bp brandt
        35 bravo brooke brooks brother brunei build bxh bèo bét bẹ bống cache café cali candy cannes car
        35 carrie carson casino castro cave cebu centre cf chance change check cheng cherry chiang chum
        35 chảnh chấu chầm chẻ chử chửa client cntt cohen comedy coming concept concert cotton country
        35 county cream credit crom cấn cầy cật cỗi daisy dam darren dd dee delhi dell der derby did dominic
        35 donna doo dora doris doyle drama driver duẩn duỗi dìm dó dông dạn dẳng dẹt dế dể dỗi earl ec echo
        35 editor eh elias er ernst es essex event every ex ferrari fight files fly focus font found ft fuck
        35 futsal future gaming gaston gaza ge gear gel geneva ghe ghềnh gibson giàng giồng glen gm gmt goes
        35 griffin gustave guốc gù gượng gẫy gồ gờ haiti hale halogen hancock hayes hcv heights heroin hey
        35 hillary hip hold holly holt honey hook hopkins horn horus hubert hybrid hydro hàu háng hói hóng
        35 hù hấn hất hễ hộc hờ igor imf info ipod irene iu jackie jai jan jasper jeanne jeju jenkins jensen
        35 job joel joey jolie joo joyce judy julio jupiter kay kenny kgb khấn kick kiev kingdom kirby kitty
        35 kiết kiểng kn koh koi kung kv kềm kỉnh lab lars latinh law lcd lead lena lhq libya lion lives
        35 lori lotte lou lt luang luc lydia lyon lênh lòi ló lõng lảng lẫm lậy lặt lẻn lọi lụi lự malik
        35 mall many maps marius marta marx maxi maximus maxwell mccain medici melissa memphis merlin metal
        35 mickey mit mk motors movie mozart mrs much must mustang mw mòng mún mải mầu mọn mống mỗ nadal
        35 naomi nash natalie natasha nepal neville nghiến nghiễm nghé nghê ngo ngoặc nguôi ngùng ngời nhang
        35 nheo nhác nhè nhòm nhói nhại nhẽ nhẽo nhọt nhữ nigel nike nikita nikon nile nin nitơ niết nobita
        35 norton nua nuối ná nạo nần nắn nịt nỡ nứa olive once orange orchid oải pao pass pasteur pedro
        35 penny phillip phiệt phnom php phung phào phốt pierce pink piston please pm polymer porsche poster
        35 powell press pretty program public quentin quinn quây quặc rabbit range ria robbie robusta rogue
        35 rolls romeo root royce rudy running rái rôma rông rơ rạc rầm rắm rệp rụi rứt salad sally salon
        35 same sandy sasuke science screen seal sergei sergio seri seven severus sh shadow shi shot sierra
        35 singh six size smile socola sofa sound spa special stars status stay stein stewart strauss stress
        35 sue sunny support suyễn suông swan sylvia sưa sảo sấp sẩy sớ sứa table tales tank tc tech teddy
        35 telecom these thiển thui thun thẫm thỉu thọc tina ton toát tphcm trau trevor truật tucker turn
        35 tuôn tuông tuýp tành tép tót tẫn tằng uc uh uk union unit update use vale vff vic viet vinci vtc
        35 vàm vát vãng vê vênh vạ vẹo vụt walk wan webb wei wild wind wyatt xiết xl xoan xoang xoăn xuyến
        35 xv xviii xxx xy xén xóc yard yen yes yuki yểu ù đong đt đát đên đóm đần ươm ợ
        34 abbott abel active ada adidas af agnes aha allah along alt amd amelia amino andré angkor anita
        34 antony any arms arts aspirin assad aston atp attack aux ava award bach balo barrett battle bd
        34 because beckham behind beirut belarus believe beverly bikini billie bing bio biền blogger bolero
        34 bomb border born boyd boyle braga brandon bright british brock browser buffalo bum burton busan
        34 button bảnh bịu bờm bụt bứt cable cage calo camille cape carolyn cash catwalk cctv cdc cecilia
        34 cent cheo chiền chrome chul church chuốc chuốt chình chít chòi chùn chộp citizen cl clair clan
        34 claudia clear click cliff close clyde coco cody colt comes congo connor content conway cookie
        34 could count coupe course crane crassus crimea ctv cut cuội cáng cưu cặc cọng cồ cộc cữu cựa
        34 daewoo dahl daniels daphne darwin dawson deal dear dem denise destiny dewey diaz diode dl dolly
        34 door dot doug draco dracula dreams duật dà dìu dòm dầy dụm eagle easy ebay edison edith edmund
        34 effect eleanor emilio energy eos esther ethan ethanol evan evelyn everest extra fair farm fatima
        34 fear felipe fidel field final finn flynn forest frame franz freddie french friday front frost
        34 fuji fuller fun gaius gap garage gardens gardner gaul gd ghẹo ghề gien gil gill gin gióng giẫm
        34 giẻ giựt gods going gomez gon goodman gpu grande gsm gt guide gym gô gút găm gắm gọng gỏi gợn hae
        34 half hammond hana hanoi hansen hardy hari harley hasan hawking hawkins hcl heather henri hiềm hk
        34 honor hopper hs htc huawei hut hwan hydra hyuk hz hám hâu hên hòe hường hấu hổn hớp hớt hờn hừng
        34 ico idlib incheon india iot iq isil jacobs jade jaguar jaime jamaica jared javier jerome jessie
        34 jill jobs johns jonas joong juliet julius jump kaoru karaoke kat kathy katie kb keep kenneth
        34 kenya khoét khuy khuyển khít khóm killer kira knock kremlin ks kt kwh kylie ké kềnh lance laurie
        34 lavigne lc leader leeds lego leigh lens lester lex lia liam liang lights ligue ling lip lite liềm
        34 lk loanh local log loáng luca lucia lumia lupus luỹ lv lynn lài lèo lóe lùm lăk lạn lải lẩu lết
        34 lọng lồn lổ lủng lức mack maine mangan mann mar marc martini marty marvel marvin mask massage mat
        34 match matter maui meghan mei melanie memory mendoza mercy merry mesa met mic mick mid mig mika
        34 milk milton mina ming mira mirror mn modern molly mom momo mona monster morse morton most motion
        34 move multi myers mystery mánh mênh mói mùn múc mả mầy mẩn mợ nadia nana natural nc ndt ne ned
        34 negan newman nexus nghiêu nghếch ngoáy ngông ngấy ngợp nhen nhuế nhót nhăng nhặn nhếch nhộng nhợt
        34 nhụy nhứt nhử nichols nico nolan ns nv ny nái náy nãi nùng nấng nầy nện nỏ nộm odessa oleg olsen
        34 olympia olympus op orient oswald otto oxit oánh pack pamela papa parsons payne pe penalty penh
        34 per perez pet peters phoebe phuket phúng phẩy phủi plc polo ppp pre premium product puerto pure
        34 pvc qaeda quality quincy quyệt quẩy quẹo quới ramos ramsey rand raphael rapper reagan regina
        34 remote reuters rf ricky ride rights ring ringo roberts rod rodney romania rover rs rt rufus rum
        34 ruy rú rương rầu rụt rữa safari saito sake sala salem sanders satan saw sec second selena self
        34 ser sg shark shawn sheet shelby sheldon shock shotgun siberia siemens silva simmons simpson
        34 sirius skin sl slim small society sofia soft sonia sonny sook sorry soul soviet sparrow spike
        34 springs stand station steel stokes study suite sulu sur surface sái sạt sậm tahiti taiwan talbot
        34 talent target task tata tb teaser thank thau theresa thom thought thrace thunder thuý thuấn thy
        34 thày thớ thụt tiffany timothy tip tito tnt tobias tone toro track travis trc tree tristan truth
        34 truất trư trảm trệt trồi trụy tunisia turing tvb twin tx táp tè típ tòan tóe tùm tễ tịt tộ uganda
        34 ulrich upon uranium user utah uv vaccine value vandal vargas vd vector vermont videos vietsub
        34 vince violet violin virut viêc voa vogel volume vulcan vàn vén vía víu vưu vầng waiting wake
        34 walking walsh wanda wars wat watford wc weasley week weibo welcome werner which while wichita
        34 wiki willis window winner wonder woody worth would writing wto xbox xml xuẩn xvii xòe xó xỉa xốt
        34 xới xở yankee years yellow yoko yuan zack zen zing zone áy ôtô đoài đoản đéc đĩ đước đễ đỗi đờ ắc
        34 ắng ế ốp ớn ụ ứ
        33 abs act adler agency agent airport aj ajax albany alfonso alison alive allan also alvin ames
        33 anders angelo angus arabica area armando army arya asen audrey august avenger avg ay az baghdad
        33 bahrain baldwin bale ballad barrow bart bch beats becamex being bel benson berry bert bhutan
        33 bible bieber bien bim biêt biếu bk blair blanche bm bolivia bolt boo boot booth bosco bose bourne
        33 bowl bowling bowman boxing brenda brendan broken brom bullock bun burger burn burnley burt buzz
        33 buốt bv bye búi búng bưng bằm bặm bềnh bớ cal canyon cara carla carroll cas casting catalog cbs
        33 cecil cello cham chanel chart chau chief chihiro chiềng chloe chác chát chông chường chịch chội
        33 chửng cindy cinema cisco clare clive cmc coast cocaine coffee coin console cortez court cox crash
        33 crete crown cruise cry cui cynthia czech cói cũi cảu cốm cở cụp cứa cứt dakota damon dane davy
        33 defense della desmond dh dia dioxide dioxin direct disco disk display diva diếm dodge does dome
        33 dos drew drop dua duc dudley dynamic dát dăm dặt each ecuador ef eiffel eli else emil emile
        33 enrique epa erin ernesto error espn est estonia etc even fabio false faraday father felicia feng
        33 finance fix flag flower flowers follow frances frankie fraser freddy freud freya fry fulham gale
        33 gandhi gareth garrett gateway gavin gemini gilbert giles gina giulia giuộc giảo giếm goi goo
        33 gotham gould gr granite grimes grimm grove gui guido guinea gáp gẫu gọt gờm hades haha hair
        33 hamburg hammer hampton hands hank hanna harmony hart hartley havana heaven heavy herb higgins
        33 hiro history hiu hoc hoe holiday hoover horace horizon hormon horse htv hua hub hulk hyung hòan
        33 húy hđqt hơ hẹ hến hển hống hớ hớn hủi ib icon ict iec inches indian ingrid inn io ira irina
        33 irving its ivy jeep jeong jericho joanna js ju justice kagome kanji kao kappa katy kcn keller
        33 keng kerry khau khuân khêu khơ khạc khản khứa kind kiss klein knox kramer kumar kurd kwon kyo
        33 label labs lac laden lamb lambert lana late lazio leng lenin library lilly living liễn ln lock
        33 locke loki lola louisa lowell lte lupin luz luẩn lympho lè lòa lòe lóa lôn lõa lù lú lể lị lốt lợ
        33 lủi macau macro making malfoy march marek marilyn marsh martial mas mass mata mba mcgill md meade
        33 medical meet megan meo mercury michel might mitch miura mohamed moment monte mori moto mouse mri
        33 msn mumbai mé mích mòi mú mĩm mơn mướt mần mẫm mịch mịt mỏm mỵ naraku navy nba neon newark nghành
        33 nghè ngoi nguỵ ngòai ngước ngạnh ngọa ngố nhuần nhuốm nhàu nhão nhìu nhòa nhúm nhằng nhẹt nhựt
        33 nicky nikki nikolai nippon nitrat node nora npc nuông nxb nặn nộn nớt nức object odin okinawa
        33 ontario optimus oracle oskar ost oái paso pb pepper pepsi perkins perseus phang phantom phen
        33 philips photos phèo phẩu phệ pia picasso picnic ping pk plan plastic police poly pompey pool
        33 portal pos pounds powers print put pv qt quick què quạnh quầng quẫn quắc quẳng qúa ramon ramsay
        33 raptor rat rate raw reader ready really reno reviews rica ricardo rice richie richter rider ridge
        33 ridley rin riết rm romance romano rommel rosie rosita rue rumani rupee rupert russo ráy rích ròi
        33 rặn sae sal saladin salah santana santos sap sat saxon scarlet schultz script selen send sensei
        33 serge seung seymour sha shaun shb shen shift shine shizuka sid sik silk simone simple siêng sleep
        33 snake snape soc solid somalia sonata spam spark spartan spring sql steam stem step stevie stock
        33 stoke strike string suk sunday sunrise suzanne swansea sync sà sính síp săm sần sọt sỏ sởi sủi
        33 sửng taliban talking tate tau tea tehran temple tencent terra thiểm thuôn thào thòi thẩn titus tk
        33 tm toang toby tool tools torres tourist trail train trent trick trinity trip triton trouble
        33 truman trust trám trê trườn trạc trớn tulip tweet tyson tâng tèo tòi tẹo tời ub ubuntu ufo ul umm
        33 una und until used vani vc vega velvet venus vernon vin virgil viva viêng vl vnđ vodka vt vái vè
        33 vó vông vút vắn wanted warner warsaw waters wedding wessex whisky wide wilhelm willie willy wish
        33 wo wood wook xiển xxi xắt xẻng xức ye yusuf zhang zhao zidane zulu zurich én òa óng úng ă đanh
        33 đom đéo đạ đỉa đờn đựơc ắp ẵm ỉa ủa ừm
        32 aaa abbey abigail above acb address adele adolf against ago aguilar ahmed ailen akira ala albania
        32 alec alexa algeria alps alvarez ama ambrose amoled amoniac amos anfield anten apr aqua ara arc
        32 ares ari ariel arm array article artist asano ashton aug author axel aziz babe bag bahamas baht
        32 baku ballet barb barbie baron barr basel basil bath baxter bazan beast beau becky beer bend
        32 bentley bermuda bet beyond bianca bilbao bios birds biếc bl bla blind bogotá bone bones bonus
        32 books bora bottom bow brady brain brasil brennan brent brett briggs bring bronx brutus btc bua
        32 buddy buenos bug bunny buy byte bêu bím bĩnh bấn bập bẽ bết bỉm bịnh bỡn bợm cac cad cain called
        32 calvert calypso came canary cardiff carlyle carry casa catalan catch cate cathay cause cb celia
        32 cesar cg charge chavez cheryl chibi child chin chinese choice chon chxhcn chùng chườm chọe chỏ
        32 chột chợp chững chực cicero circle civic clean clint clorua coleman command compton connie
        32 contact cooke cop copa coral cos cowboy crewe cricket crôm css cube cullen cuông cuả cyber cóng
        32 cùa cùn cỡi daddy dame damian dancing das deborah debut dec deluxe dent deo desire device dexter
        32 dillon din ding dino dmitry dns dock dolby dolores domino done donovan doom dota dow downey
        32 dreyfus dry dt dual duffy dunn duo dvb dwarf dx dái dãn dôi dũ dậm dặc dẽ dề eco eddy edited
        32 edwin ehome elaine elf elip eliza ellie emerald emerson emery england enigma enough enzo episode
        32 escape escobar esports este ev excel exo expo extreme factor factory faith falcon falling fanpage
        32 fans farrell fat fb feed feeling fiat fields fighter flora flying foods fortune fps franc franck
        32 franco freedom fresh frey fritz ftp fund fusion fx gaga gamer geisha gem genji genève gerard
        32 germany gerry gestapo gh gibbs giãy godfrey gogh gonna gonzalo goodbye gorilla gothic gp granger
        32 graves grayson greer gregor groot grover gtvt gucci gustav gustavo gwen gông gạ gắp gột gở haas
        32 hague hamlet hanson harding harriet haven haw hazard hazel hbo hcb hdmi heat heidi henrik heroes
        32 hess hewitt hilton hindu hiều hm hobbes hockey hogan holden holding hooc hr ht hubble hurt huyễn
        32 huê huề hwa hão hèm hích hý hẵn họat ich idea ieee imperia ir janeiro january jar jasmine jc
        32 jeans jenner jia joaquin johann johanna jorge july katrina kaufman kendall khiễng khui khuông khư
        32 khưu khập khứu kimono kin kitchen kiwi knight kobe kontum kpop kristen kwan kyu kệch lag landing
        32 langdon langley laurent layer lazarus ldl leroy less letter lh lhp lie lies lil lima lina lindsay
        32 lindsey linus lisbon lit lithium liz liệm loang loi looking lose lowe loát loẹt ls ludwig luffy
        32 luisa luiz luka lutz lux luống láp lét lợm lỳ macao mach madame madonna mag magnus mah major
        32 makes mal mali mandy manny manuel maori marcelo marine markov marks mars mate mateo maureen mayo
        32 mccoy medusa meg mehmed mel melody member mercer merkel mhz mica middle midi mil mill milo mirage
        32 miriam misa mission miu miyagi miyuki modem moe mojo monet monitor monkey morales morocco moss
        32 mossad mount mueller muller murdoch musk muông muống mx myself môtô mõ mướp mội nagoya natalia
        32 nations nd neal nec nemo netflix neymar ngh nghinh nghêu ngoảnh ngáo ngát ngò ngắc ngốn nhãng nhó
        32 nhông nhẩy nhắt nic nicki nielsen niken nine nissan niềng nj nobody norma norris nou nsa nur
        32 nvidia nylon nán nập nẹp nẻo nết nứng oakland october olaf omaha orlov ounce outside oval pac
        32 pages paige pain pali pam panda pandora panel paolo paper par para patch patel path pattaya patty
        32 paulo pci pd peace peak peck peggy penang pence penn perth petra petrie petrov pham phay phenol
        32 phui phìn phăng phập phễu pic pick picture pilar piranha pit pitt piô playboy playing plo plugin
        32 png pod poe pokémon policy pong poole porto pot praha prix problem process proctor psg psi puma
        32 push python pác pơ qlvnch quad quại quằn quệ quở racing rada rafael raj raleigh rama rank raoul
        32 raul rb rc reach record reese renault request rest retro reza rfi rgb rhett rings ripley rivers
        32 robbins rodrigo romero ronnie rosen rostov rouge rowan rowland rpm rubella rudolph rules rush
        32 ruồng rât rì rói rúc rĩ rưởi rết rọ rọc rốc rống rộp rờ sabah safe safety sale sama sammy sand
        32 sands sans saul sawyer sb sbs scan seed seem seine seki select senegal sense serena serial sever
        32 shah shake shannon share shell shelley shepard shining shire shirley shoot should showbiz shu
        32 shun sidney sign silic silvia sina since sioux siri siu skinny skull skype slam slide snack solar
        32 som somali someone sonic sos soup soán spanish speak spot sprint sputnik sr stanton steele stereo
        32 stick such sucre sudan suit summit sup sven swing sword systems sôcôla sũng sậy sến sững tac
        32 tanaka tanya tap tarzan taub tbn tcp tee tex tf tg thiu those ths thuỳ thít thòng thóp thăn thơi
        32 thưc thược till tiển tmt toanh tomas toni tor tourism toy toét tq traffic tran trees trek tres
        32 triple triện troll tron trumpet truân try tráp trét tróc trót trĩu trảo trằn trề trọi trối trờ
        32 turkey turks túp tăn tươm tủi uav upload upper ups urban ursula urê valerie vat vegeta ver verne
        32 versace vh vice views vinfast virgin virtual visit vivo vnd void vp vr vèo vói vù vại vể vỉ vỏn
        32 vờn wagner wants watt watts wb weapon weaver weber webster wenger whole wifi wilde wilder wiley
        32 wilkes wing women working wrong xang xd xiaomi xiềng xperia xán xèo xém xép xôn xõa xơi xắc xẹp
        32 xệ xị yan yangon youth yvonne zara zebra zola é đak đbqh đtqg đui đung đuống đùn đẽo đềm đớp ớ
        31 abby across acrylic add aden afp agatha aidan airline aladdin alba albus alexei alfredo alley
        31 almeida almost amara amazing ami amp anakin ando angels angry ani animal ankara annette ant aram
        31 arcadia argos arkham armenia arsene aryan asahi asiad ask astra astrid astro atom attila audi
        31 aung baba badger baek bain balance ballard baltic banana barnett barrier bau beam beatles bebop
        31 bec becker beckett bed bedford beng benton benzen beo beretta bh binary bis bitch blanc bloc
        31 bloody blow bmi bnv boone borg bosnia boxer brandy bristol broad brody brook bsc bud bunker
        31 burning butch buột byron bìm bõ bấc bấp bặt bện bốp bụp bủn bửa bựa cacao caine cake calling
        31 caltech camelot camilla campus canaan candida carlson cars carver cassidy castor cato ccd cdo
        31 cedric celtic century ces cesare chain champa charter chennai chicken chipset chiu choang chow
        31 chuôi chùy chúi chạc chạng chẩm chặc chếch chỉa chịt chọt chờn cid cj ck clash cmos cnc cng
        31 colonel combat common conte cora corbett corpus craven create crowe crowley cruiser crush culture
        31 cute cáy còm cót cùm cườm cạm cạy cắc damien danger darling davies debbie dei demi denton det
        31 details devil devon dhc diablo didier dieter dieu digimon dima dimitri dion dior dirk dirty dk
        31 dmitri donetsk donkey doping dorian dover dp dublin duck dumas dustin duty dúi dấm dấp dến eat eb
        31 ebola edm eight element elise ella eminem emperor ems enid enter estate eta eth etienne eur
        31 everett ez ezekiel ezra fairy falco fallen fallon fanny faw few filip finch fiona flat flc flint
        31 flo floor foley fool forget franken frodo frozen fs fukuoka funny gaia gail galileo gallon garner
        31 gatsby gaulle gee gemma genoa gets getting getty geum ghana ghita ghiền ghì giant gibbons gideon
        31 gift ginger gis giãi giăm giũa giầu gl gladys glory gmail goal gohan goldman goliath goose grammy
        31 gran granada grave greta griff groups gruzia guam guard gum gunnar gus guồng gypsy gàn gành gáo
        31 gảy gầu gẫm gổ hagrid hare harlan harlem hashtag hate hayden hc hear hearts helius heller hem
        31 hendrix henley herald hermann hermes herpes herrera hex hg hide higher hilary hin hitachi hobbit
        31 hole holy hom homer horik horst horton hours howe huang hull hurley hác héc hùa hđbt hĩnh hơp
        31 hẵng hỉnh ibn icc ie ig ignacio ike indo ing insider insight ipo isbn isis isp iss item jamal
        31 janice janus jewel jfk jiro jj joachim jojo jonah judas jude justine kaiser kaito kaplan karpov
        31 kata katana kathryn katniss kayak kc keita kern ket khom khua khuây khàn kháu khè khăm khắn
        31 khỏang kilo kings kirill kiển knights koga kohl koji kop kubo kuwait kwang kô lactic larson lat
        31 later laurel lawson learn legacy legends leila leipzig lennox lgbt license liquid lise listen
        31 lists ll lodge lop lothar lourdes louvre loved lower lsd lucifer luck ludlow lum lun luy lyle
        31 lyndon lyons lyrics lán lãn lúp lơi lơn lấm lằng lới lởm macos macron maduro magnum mak mako
        31 malta manning manor maple marble marcos marko maroc marshal mascara mayor mclaren mcqueen means
        31 meiji mein melinda message messina method meyer mf mighty mikhail milano mile miley mili mimi
        31 mineral minsk minute minutes mio mishima mizuki miễu mj mma mombasa monique mono moo mor moran
        31 movies moving mozilla museum myung mành mũm mạp mảy nak naked nami nanda nasdaq nate nazi nb nbc
        31 near nest neu nghén nghía ngàm ngàng ngấu ngộp nhac nhom nhài nhành nhéo nhíp nhòe nhú nhũn nhạ
        31 nhớp niu noo norfolk normal nov np nui null nuột núng nưa nạng nậu nằng oak obi oc oct oecd oem
        31 olivier ones oppo oprah ops optical oral origin ott ottoman outlook ozone pace package paint pak
        31 palazzo pasha patton peabody peach pegasus peso phia phin photpho phũ phờ piccolo pico pie
        31 pikachu pioneer plays plug pocket polyme pompeii pony poor pops portman pour ppm pratt preview
        31 pride proton proxy ptth pudding pyramid pù qh quebec quì quýnh quơ raid rainbow rambo reason
        31 reeves regis rem remy rene rfa riddle riot rise ritchie riva rivera riviera roberta rohan rollo
        31 ronan router rpg rss ruiz runner ruổi rv rám rây rí rôn rúm rúp rươi rưới rạ rền rởm rục sabine
        31 sac sad sahara salsa samba samson santo sar sava saviors schalke scout seasons seen selene seon
        31 sep servo seville shadows shan shape sharpe sheila sherry shiro shiva sho shogun shounen sibley
        31 sida sims singing siro skinner slater sloan slow soho soldier sonar soyuz sparks spears spin
        31 spirit spotify started states sting storage streets student studios subaru sultan sure suu suzy
        31 swagger sàm sác sìn sình sít sùi sú súy sướt sứt taipei taj takashi tears teller thames thanos
        31 theta thin thinh thomson thorne thát thúi thúng thảnh thửa tiny titans tl tn toe tori toshiba tot
        31 trading transit travers triêu triễn trojan trudeau trìu trôm trập trịch trợt tsubasa tucson turin
        31 turk tuồn twice tàm tâp tôma tút tĩu tạnh tấy tẩn ucraina unique usher using utc vader valve
        31 vaughn via victory vie vigo vintage vinyl vita viển vlad vtvcab vun vuột véc véo vót vạng vấy
        31 wait walters wax weather webber webcam weight weir wife wilkins willow winnie wise woods words
        31 works wow www xerxes xuy xuýt xú xúp xạo xẩm xối xửa yakuza yamaha yet yg zac zach zapata zedd
        31 zion zip zoe àh ây ì ôliu ùa ùn úa đcstq đn đênh đười đẫn đờm đủi ươi ỉ ị ốt
        30 advance airasia alden alien ananda anatoly ancol andreas angola annam ansi antonia apc apps
        30 aragorn archie armand armani arnhem aron asgard asp avery aviv bac bam bamboo barron bernie
        30 bethany between bills bingham bono bonsai breed btv buffet bullet buster buồi byung báp bìu bòn
        30 bòng caleb cano capella capo capua caramel carina caro cartier caspian cathy cheese chien ching
        30 chinook choạng chqs christi chuy chũi chơ chạch chấy chẹn chổng ci citadel citric cod coli
        30 collier cologne combo comment connect contra coop corey corona cost council counter cove cpc crab
        30 crick curie cushing cz càu cạch cụng darcy darth deanna denis deva df dhabi diet dina dm doe
        30 dolan dorado dove downs dre drum dslr duk dulles duong duplex dv dượt dộng eau economy edo ee
        30 effects eileen elijah eliot erika europe faa fao farmer fdi feb federal fedex fiji fin fleury
        30 flip foreign formula forster freeman fải gazelle germain ghém gianh gif giselle given goddard
        30 goodwin gotta gracie granit graphic groves gru guest gunther guys gấc gừ haley hamas harv hdl
        30 heard helm herbert het himmler hiêu hobbs hoo hooper hui huýt hwang hyo hyper hécta hóm hắng hợt
        30 idaho ingram int irwin ithaca ivo ivory jacq jam jarvis jelly jen johor joint josef jp judo juno
        30 jura kabuki kar keegan kenton khoả kimi kip kl knows koch komatsu kris lactose lak lama lap large
        30 latex latvia layla leah lebanon leopold lesbian levi lines liza lois loud louie lounge lp lugo
        30 luyên lynne láy lâng lói lạo lỉnh lịm lọai maker malacca manual marley marquis mater mayday mckay
        30 medium mentor merle midway miracle missy miết mochi moody moreau muggle murad mustafa mut mủi
        30 naoh nas nassau natalya nero ness neto newt nfc ngoai ngót ngùi ngăm nháo nhép nhẹp nhối nhột
        30 nola nomad nos nẻ oaks oasis ole opec orchard ortega osama oxygen pad pai pal papua past paulson
        30 pavel pearce peel pentium pepe peptide photon phyllis phàng phụt pisa pull pussy pvn qa qs
        30 quarter queo quest quắt qúy race raider reality release reverse ribbon rieng rip riu rog rolex
        30 rolling ros rp rui runway russian ruốc rx ryder réo rường sachs salim sancho sapa sapporo sarge
        30 scale schott scylla sergey shangri shoes shrek siam sic siem silence sino sitcom sng sochi sonya
        30 spence spurs std stern stories strabo sui sumo sunset supply sus swat swiss sếu takes taki tamara
        30 tand tcvn td ter thorn thàng thếp thỉ thốc timer tns tobin torino tours towers toạc trend tripoli
        30 triumph truck trum trạo trấu trẻo trẽn tuabin turtle tuỷ uber ufc uhm uno ut ux uể vanilla vcd
        30 vec vectơ velasco vga vichy vidal villas viper vk vogue voss vote vôn vđqg vịn vựa waller walnut
        30 wear welch wembley wes weston whitman wilbur windsor wings xerox xhcn xing xuể xìu xín xẹt xốc
        30 xổm xộc yamato yeah yersin younger yue yuko yves zachary zane zn zona đia đm đă đẫy đở
        """
}
