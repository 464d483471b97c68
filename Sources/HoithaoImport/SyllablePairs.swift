/// Which syllable follows which inside a Vietnamese word: each line a syllable and the syllables that follow it
/// in some word ("vải thiều"). Made by Scripts/syllable-pairs from pyvi 0.1.1's word list (MIT, Copyright (c) 2016
/// Viet-Trung Tran).
enum SyllablePairs {
    static let table = """
        a dua ha lô ma men rập tòng í óng õng ú đến ưỡn ấm ấp ỏn
        acid acetic amin béo nitric
        ad hoc
        ai ai bảo lại ngờ nấy oán điếu đời
        am hiểu tường
        amino acid
        ampere kế
        an bài cư dưỡng hưởng khang lành nghỉ nhiên nhàn ninh phận sinh thai thân thần toàn toạ táng tâm ủi
        ang áng
        anh chàng chị dũng em hùng linh minh nuôi trai túc tử vũ ách ánh đào
        ao chuôm tù ước
        ba ba bi bánh bảy bấp bị bốn chỉ càng cùng cực gác gạc hoa khía không kích la lá lê lô lông lùn lúng
        ba lăng lắp lốp lỗ má mươi phải que quân rem rọi sinh soi ta toong tầm vạ xu đậu
        bai bải
        ban bí bệ bố chấp công giám hành long mai miêu ngành ngày nhân nãy phát quân tặng đêm đầu ơn
        bang giao
        bao biện bì bọc bố cao che cấp dung giờ gói gồm hoa hàm la lâu lăm lơn mua nhiêu phấn phủ quát sân
        bao tay thơ thầu tiêu trùm tải tời tử vây xa
        bay biến bướm bổng cánh cường hơi lên lượn nhảy phản tiêm trực
        be be bé bét
        beo béo
        bi a ai ba bô ca chí da hài hùng khúc kí ký kịch luỵ lắc phẫn quan thương thảm tráng ve đát đình
        bi đông
        bia bọt chai hơi lon miệng tươi ôm đỡ
        big bang
        binh bay biến bị chủng công khí lính lược lửa lực mã nhì nhất pháp quyền sĩ thiết thư trạm tình vận
        binh xưởng đoàn đội
        biên bản chế cương dịch giới kịch lai nhận niên phòng soạn thuỳ tập đạo độ đội ải
        biêng biếc
        biếm hoạ
        biến báo chuyển chất chủng chứng cách cố dạng dị dịch hoà hoá hình loạn sắc số thiên thái thế thể
        biến trở tướng tấu tốc áp âm điệu đổi động
        biếng nhác
        biết bao chừng mấy nghĩ tay thân thóp tỏng điều đâu ơn
        biếu xén
        biền biệt ngẫu
        biển báo cả hiệu hồ thủ
        biểu bì cảm diễn dương hiện kiến lộ mẫu ngữ quyết thuế thị thống thức trưng tình tượng đạt đồ
        biện bác bạch chứng giải hộ luận lâm lí lý minh pháp thường
        biệt danh dược hiệu hoá kích li ly lập mù phái thự tài tích tăm xứ đãi động
        bo bo mạch
        bom ba bay bi bão bươm chìm h hoá khinh lân napalm nguyên nổ phóng thư từ xăng đạn
        bon bon chen
        bong bóng gân
        boong boong
        bromure bạc
        bu lu lông
        bung búng bủng xung
        buôn buốt bán chuyến hàng làng lậu nước
        buông lơi lỏng tha thõng thả trôi tuồng xuôi xõng
        buồn bã bực cười hiu ngủ nôn phiền rười rượi rầu teo thiu thảm tênh tình tẻ tủi xo đau
        buồng lái máy trứng tối
        buổi mai
        buộc lòng tội
        buột miệng tay
        bà ba bì bập chúa con cô cốt gia già la làu lèm lạch lạu lầm lầu lẩm lẩy lịch lộp mụ nguyệt phước
        bà trẻ xã xơ ông
        bài bác bây bông bạc bản chòi học khoá làm mục ngoại thuốc thơ tiết toán trung trí trùng trừ tính
        bài tập vị vở xích
        bàn bạc chân chông chải cuốc cãi cờ giao giấy luận là lùi máy mảnh phím ra ren rà soạn tay thảo
        bàn thắng thờ tròn trổ tán tính đèn đạc đạp định ủi
        bàng bạc hoàng hệ quan quang tiếp
        bành bạnh trướng tô
        bào chế chữa mòn ngư thai tộc tử xoi xác
        bàu bạu
        bày biện tỏ vai vẽ đặt
        bá chủ hộ quyền tước vơ vương
        bác bỏ học sĩ ái
        bách bệnh bổ bộ diệp hoá hợp khoa nhật phân thanh thú thảo tán
        bái kiến phục vật xái đường
        bám càng trụ
        bán buôn bình chác chạy chịu công cầu dâm dạo dẫn hoa hoá hạ khai kính kết lẻ mạng nguyên nguyệt non
        bán nước phá phụ rao rong sơn sỉ thành tháo thân trú trả tống tự vũ xới đảo đấu độ đứng
        báng bổ
        bánh bao bàng bèo bò bỏng canh chay chè chưng chả cuốn cáy cóc cắt cốm dẻo gai gio giò giầy gối hỏi
        bánh in khoai khoái khúc khảo lái mì mướt mật nướng nậm nếp phồng phở quy quế rán răng tai thánh tro
        bánh trung trái tráng trôi tày tét tôm tẻ tổ vít vẽ xe xèo ít ú đa đai đà đúc đậu ướt ếch
        báo biểu bão chí cáo cô công danh giá hiếu hiệu hình hại hỉ hỷ liếp mộng nói oán tang thù thức tường
        báo tử viên viết vụ yên ân điện đáp động ơn ảnh ứng
        bát chậu chữ cú cổ diện giác hương kết mẫu ngát nháo quái sách tiên âm ô đàn
        báu vật
        bâng khuâng lâng quơ
        bây chừ giờ nhiêu
        bã trầu đậu
        bãi bỏ chợ cá công khoá miễn nhiệm nại thải thực tập tắm
        bão bùng cát dông hoà rớt tuyết táp tố từ đạn
        bè bè bạn cánh kéo lũ phái đảng
        bèn bẹt
        bèo bọt cái cám dâu hoa lục nhèo nhật ong tây tấm
        bé bỏng con cái hoẻn hạt mọn nhỏ
        béc giê
        bén mảng ngót
        béo bở múp mỡ nung núc quay tốt
        bép xép
        bét be nhè tĩ
        bê bết bối rê tha trễ tông
        bên bị nguyên
        bênh vực
        bêu nắng riếu xấu
        bì bà bì bõm bạch khổng sị thư
        bìa giả trong
        bìm bìm bịp
        bình bán bát bản bầu bịch chọn chủ công cầu cộng dân dị giá giải hành luận lặng minh nguyên ngưng
        bình nhân nóng phong phương phẩm phục quyền quân sai sinh thuỷ thân thông thường thản toong tâm tích
        bình tĩnh vôi văn xét xịt yên điện đẳng địa ổn
        bìu dái díu
        bí bách bét danh hiểm hoá mật ngô phấn quyết rì rợ số thơ thư truyền tỉ đao đỏ ẩn ử
        bích báo cốt hoạ quy
        bíp tết
        bít bùng cốt tất đốc
        bò biển cạp hóc sát tót u vẽ
        bòn bon mót rút
        bòng bong bòng
        bó buộc chiếu cẳng giò gối hẹp rọ tay trát tròn
        bóc lột tem trần
        bói cá không toán đâu
        bón lót thúc đón
        bóng bay bàn bán bì bầu bẩy chuyền chày dáng dợn gió kính loáng láng lộn ma mát mây nhoáng ném nước
        bóng nửa râm rổ thám tối vía điện đá đè
        bóp bụng chẹt chết cổ họng miệng méo mũi mồm nghẹt nặn trán óc
        bô bô chê lão lô đê
        bôi bác nhọ trơn đen
        bôm bốp
        bôn ba sê
        bông bụt gòn lang lau lơn phèng tai thùa tiêu đá đùa
        bõ bèn
        bù giá khú kém loong lỗ nhau nhìn trừ xù đầu đắp
        bùa chú cứu hộ yêu
        bùi ngùi nhùi tai
        bùn hoa lầy nhơ non
        bùng binh bùng bục nhùng nổ phát
        bú dù mớm
        búa chèn chém gió rìu tạ đanh đinh
        búi rễ tó
        bún bò chả thang tàu
        búng báng ra
        búp bê phê
        bút bi chiến chì chổi danh dạ hiệu kí lông lục lực máy pháp toán tích điện đàm
        băm băm bổ vằm
        băn khoăn
        băng bó ca chuyền dính giá hoại huyết hà hình keo lăn nhóm nhạc phiến rôn sơn thông tải từ video vệ
        băng xăng đăng đạn đảng đảo
        bơ phờ vơ
        bơi bướm chó lội nhái sải trải ếch
        bơm chân
        bưng biền bê bít
        bưu chánh chính cục kiện phí phẩm thiếp tá điện ảnh
        bươm bướm
        bươn bả chải
        bươu vàng
        bước ngoặt nhảy nữa sóng tiến đi đường đầu
        bướng bỉnh
        bướu cổ giáp
        bưởi đào đường
        bưởng trưởng
        bạc bromure bẽo giấy hà lót lạc màu mày má mầu mặt nhược nhạc phơ phếch thau tình ác đãi đầu
        bạch biến bạch chỉ cương cầu dương huyết hạc hầu kim lộ mao phiến phụ thoại tiền truật tuộc tạng yến
        bạch đàn đầu đậu đồng
        bại binh liệt lộ quân trận tướng vong
        bạn bè con hàng hữu lòng nối trăm vong đường đọc đời
        bạng nhạng
        bạo bệnh chúa dạn gan hành loạn lực miệng mồm nghịch ngược phát phổi tàn động
        bạt hơi mạng ngàn tai tử vía
        bả dột lả vai
        bải hoải hải
        bản bất chính chất chủ cố doanh dương ghi gốc học in khả kẽm làng lãnh lĩnh lề lồng mường mạch mẫu
        bản mặt ngã ngữ nhạc năng phim phẩm quyền sao sắc thân thảo thể tính vô vẽ vị xứ án âm địa đồ
        bảng biểu chữ cân cửu hiệu lảng màu nhãn số tuần tổng vàng đen
        bảnh bao choẹ mắt trai
        bảo an ban bối chứng dưỡng dạ hiểm hoàng hành hộ kiếm kê lãnh lưu mạng mẫu mật quản sanh tháp thủ
        bảo toàn trì trọng trợ tàng tồn vật vệ đảm
        bấm bụng chí giây giờ ngọn ra đốt độn
        bấn bít bíu loạn
        bấp ba bênh
        bất an biến bình bạo chính chấp chợt công cần cẩn cập cứ diệt hiếu hạnh hảo hợp hủ kham khuất khả kì
        bất kính kể kỳ luận lương lợi lực minh mãn nghĩa ngờ nhân nhã nhẫn phương quá thành thình thường
        bất thần tiện trắc trị tài tín tất tận tỉnh tử đắc đẳng định đồ đồng động ổn
        bấu véo víu
        bấy giờ lâu nay nhiêu
        bầm giập
        bần bật cùng cố hàn nông thần tiện tăng
        bầu bán bĩnh bạn chọn cử dục eo giác không ngưng nậm sao sô trời đoàn
        bầy hầy nhầy
        bẩm báo chất sinh tính
        bẩn mình thẩn thỉu
        bẫy cò
        bậc tam thang thấp
        bậm bạch bạp trợn
        bận bịu lòng mọn rộn tâm
        bập bung bà bênh bõm bùng bẹ bềnh bồng
        bật lò lửa mí tường đèn
        bậu cửa xậu
        bậy bạ lộn
        bắc bán bậc cầu cực nam sài đẩu
        bắn bổng chác tiếng tẩy tốc
        bắng nhắng
        bắp chuối chân cày cơ cải ngô tay thịt vế đùi
        bắt buộc bí bẻ bớ chuyện chuồn chước chẹt chợt cái cóc cô giọng giữ gặp khoán lỗi mạch mắt mối nguồn
        bắt nhân nhạy nhịp nạt nọn nợ quyết rễ tay thóp thăm thường tréo tội vạ ép đầu đền
        bằn bặt
        bằng bặn chứng cấp cớ cứ hữu không lòng lăng phẳng sáng thừa tròn trắc vai
        bẳn gắt tính
        bặt thiệp tăm
        bẹ mèo
        bẻ bai bão cò ghi khoá khục
        bẻm mép
        bẻo lẻo
        bẽ bàng mặt
        bẽn lẽn
        bế bồng giảng kinh mạc tắc
        bến bãi bờ nước tàu xe
        bếp núc nước
        bề bề bộn dưới gì mặt ngoài nào thế trên tôi
        bền bỉ chí chặt gan lòng vững
        bềnh bệch bồng
        bều bệu
        bể bơi cạn dâu khổ phốt treo
        bệ hạ phóng rạc tì vệ xí
        bệch bạc
        bệnh binh bạch căn dịch hoạn kín lí lý nghề nhi nhân phẩm sĩ sử thời trạng tâm tình tích tưởng tật
        bệnh viện án
        bệu bạo
        bỉ bai tiện ổi
        bị can chia chú cáo gậy hiển hại ngoại nhân sị thương thịt trừ vong đơn đại đầu động
        bịa đặt
        bịn rịn
        bịp bợm
        bịt bùng mắt tai
        bọ chét chó cạp dừa gạo gậy hung hà lá mò mạt mắm ngựa nẹt que quít quýt rùa rầy trĩ vừng xít đa
        bọc hậu lót thép xương đường
        bọng ong đái
        bọt biển bèo
        bỏ biển bà bê bễ bố cha cuộc dở hoang lửng mình mạng mẹ mối mứa ngoài ngỏ nhỏ phiếu qua quá rơi rẻ
        bỏ thây thăm thầu trầu tù túi vạ vật xác xó xừ đời
        bỏm bẻm
        bỏng rạ
        bố chung cáo cục dượng già láo lếu mẹ phòng thí trí trắng tời
        bốc bải dỡ giời hoả hơi lửa mả mộ phét thăm trời vác xếp đồng
        bối cảnh rối
        bốn biển bể phương
        bống mú
        bốp chát
        bồ bịch bồ chao cào các câu công hòn hóng kếp kết ngắm nhí nông quân ruột tát tạt đài đề
        bồi bàn bút bổ dưỡng hoàn hồi lấp lắng phòng thường thẩm tích tụ đắp
        bồm bộp
        bồn binh chồn cầu tắm địa
        bồng bế bềnh bồng bột mạc súng
        bổ bán chửng củi dưỡng dụng khuyết ngữ nhiệm nhào nháo nhậm sung trợ trụ túc ích đề
        bổi hổi
        bổn phận
        bổng lộc
        bỗ bã
        bỗng chốc dưng không nhiên đâu
        bộ binh bánh chính chế chỉ cánh duyệt dàn dạng gõ hành hạ khuếch luật lạc máy môn mặt nhớ não phận
        bộ sậu trưởng tư tướng tịch tổng tộc vi vạt xử óc điều điệu đàm đội
        bộc bạch lộ phá trực tuệch
        bội bạc chi chung nghĩa nhiễm phần số thu thực tín ước
        bộn bề
        bộng ong
        bộp chộp
        bột giấy giặt kẽm mài ngọt nở phát
        bới móc
        bớt miệng xén
        bờ bến bụi cõi giậu khoảnh lu mẫu quai rào thửa vùng
        bời bời lời
        bờm xơm xờm
        bở hơi vía
        bởi thế vì vậy
        bỡ ngỡ
        bỡn cợt
        bợ đít đỡ
        bợm bãi già
        bợt bạt
        bụ bẫm sữa
        bụi bậm bặm trần
        bụng bảo dưới dạ nhụng
        bụt mọc
        bủa vây
        bủn rủn xỉn
        bủng beo
        bứ bừ bự
        bức bàn bách bối cung hiếp hôn hại thiết tử xúc xạ
        bứt phá rứt
        bừa bãi bộn chữ phứa
        bừng bừng
        bữa kia mai nay ni qua tê
        bực bõ bội dọc mình tức
        ca bin cao cóc cót cẩm dao huế hát khúc kịch la lách lích lóng lô lấc lẩm lỉnh lủng múa ngợi nhạc nô
        ca ra ri rô sĩ sỹ thán trù táp tụng từ ve vát
        cai nghiện ngục quản sữa thầu trị đầu
        cam bù chanh chịu còm giấy go kết phận sài sành thũng thảo tâm tích tẩu đoan đường
        can chi dự hệ ngăn phạm thiệp trường tội án đảm
        canh bạc chừng cánh du giữ gác hỗn ki phòng ti ty tác
        cao ban bồi cường cả cấp cổ dong dỏng giá học hổ hứng kiến kều kỳ lanh lêu lương nghều nghệu nguyên
        cao ngạo ngất nhã nhòng quí quý ráo răng sang siêu su sản tay thượng thế thủ trào trình tuổi tăng
        cao tần tầng tốc uỷ vút xa xạ áp điểm đài đẳng đẹp độ ốc
        cau bụng có dừa
        cay chua cú cực nghiệt sè đắng độc
        cha anh chú chủ cố lau lỏng lổng lởm mẹ nội xứ ông đẻ đời đỡ
        chai lì sạn
        chan chát chứa hoà
        chang bang chang
        chanh chua cốm đào
        chao chát ôi đèn đảo động
        che chắn chở giấu khuất kín lấp mờ phủ đậy
        chen chân chúc lấn
        cheo cheo chéo cưới leo veo
        chi bằng bộ chi chành chít cục dùng hội khu li là lưu nhánh phí phối thu tiêu tiết trả tử uỷ viện
        chi đoàn đội
        chia chác cắt hết li ly lìa lửa phôi rẽ sẻ sớt tay vè xẻ để
        chim bay báo chuột chích chóc cánh cút gáy hát khuyên khách lợn muông mồi ngói phường ri sâu sẻ thầy
        chim thằng đầu
        chin chít
        chinh chiến phục
        chiu chíu
        chiêm bao chiếp nghiệm ngưỡng tinh trũng
        chiên ghẻ
        chiêu an bài dân hồi hồn khách sinh thức đãi
        chiếm cứ dụng giữ hữu lĩnh đoạt đóng
        chiến binh bào bại chinh cuộc công dịch hào hạm hữu khu luỹ lược lợi sĩ sự thuyền thuật thắng tranh
        chiến trường trận tuyến tích xa đấu địa
        chiết khấu quang suất trung tự xuất áp
        chiếu bóng cố hình lệ manh nghỉ phim tướng xạ điện đậu đồ
        chiền chiện
        chiều chiều chuộng hôm hướng sâu tà tối
        cho cùng dù hay là nên qua xong
        choai choai
        choang choang choác choảng
        choe choé
        choi choi chói
        chon chót von
        chong chóng
        choáng lộn ngợp váng
        choèn choẹt
        chu cha chuyển cấp kì kỳ sa toàn trình tất vi đáo
        chua cay chát hoá loen loét lè lét lòm me ngoa ngoét ngọt rửa xót
        chui cha luồn lủi nhủi rúc
        chum chúm hum
        chun chủn
        chung chiêng chung chăn chạ cuộc cư khảo kết lưng quanh qui quy thuỷ thân thẩm tình đúc đụng
        chuyên ban biệt canh chính chú chế chở cơ cần doanh dùng dụng gia hoá khoa khảo luận môn mục nghiệp
        chuyên ngành quyền san sâu sử trang trách trị tu tâm viên án đề
        chuyển biến bụng chú dạ dịch dời giao hoá hướng khoản loại mình nghĩa ngữ nhượng phát thể tiếp tiền
        chuyển tải tự vận đổi động
        chuyện trò vãn
        chuẩn bị chi gốc hoá mực thứ tướng uý xác y độ
        chuếnh choáng
        chuệch choạc
        chuệnh choạng
        chuối ba bụt cau chát cơm hoa hột lá lùn lửa mít mật mắn mốc ngự rẻ sợi sứ thanh tiêu tây vả
        chuồn chuồn kim
        chuồng tiêu trại xí
        chuột bạch chù chũi cống khuy lang lắt nhắt quang rút tam túi đất đồng
        chà là lần đạp
        chài lưới
        chàng hiu hảng làng màng mạng ràng
        chành bành choẹ chành
        chào bán giá hàng hỏi mào mời mừng thua thầu đón đời
        chày cối kình đạp
        chán chê chường ghét mớ ngán ngắt nản phè vạn
        chánh trương văn án
        cháo hoa lá lão lòng lú
        chát chúa lè xít
        cháu chắt đích
        cháy bỏng chợ giai túi
        châm biếm bẩm chích chước chọc cứu ngôn
        chân chim chèo chính chó chất chấu dung giá giò giả gỗ hàng không kiềng kính lí lông lý mày như nâng
        chân phương quê quì quỳ rết rộng sáo thành thật thực trời tu tài tình tướng voi vòng vạc vịt đất đế
        chân đốt
        châu báu chấu lùn lục mai ngọc thổ
        chây lười ì
        chão chuộc chàng
        chè bà bạng bồm chén con hai hoa hương hạt hột kho lam lá móc mạn nụ thuốc tàu tươi xanh đen đường
        chè đậu
        chèm nhèm
        chèn ép
        chèo bẻo chẹo chống kéo lái mũi queo
        chém cha giết vè đẹp
        chén hạt mắt quân tống
        chéo go áo
        chép miệng
        chê bai cười trách
        chênh chếch lệch vênh
        chì chiết than
        chìa khoá vít vôi vặn
        chìm lỉm nghỉm ngập nổi xuồng đắm
        chình ình
        chí choé chát chết cốt hiếu hướng khí luận lí lý nguy sĩ thiết thân thú tuyến tình tử ít
        chích choác choè
        chín bói chắn cây muồi mé mõm rộ rục sáp sữa tầng tới ép
        chính biến cương cống danh diện giới hiệu khoá khách kiến kịch luận nghĩa ngạch ngọ phương phạm phẩm
        chính phủ qui quy quyền quả quốc sách sử thể thống thức trường trị trực tông tả tố uỷ vô vụ xác yếu
        chính âm điện đáng đạo đảng đề
        chíp hôi
        chíu chít
        chò chỉ hỏ nâu
        chòi mòi
        chòm chọp sao xóm
        chòng chọc ghẹo vòng
        chó biển chết ghẻ lài má ngao sói săn đẻ đểu
        chóc ngóc
        chói chang loà lọi ngời
        chóng mặt vánh
        chóp bu chép cụt rễ
        chót bót vót
        chôm chôm
        chôn chân cất
        chông ba chà chênh gai
        chõ miệng mõm mũi mồm
        chùa chiền
        chùm gửi nhum ruột
        chùn chùn chũn chụt
        chùng chình
        chú dẫn mày mình mục rể thích trọng tâm âm ý
        chúa cứu giáo sơn trời tể đất
        chúc mào mừng thư thọ tụng
        chúi nhủi đầu
        chúm chím
        chúng bạn mày mình nó sinh ta tao tôi
        chút chít xíu ít đỉnh
        chăm bón bẳm bẵm chú chút chăm chắm chỉ lo nom sóc
        chăn chiên dắt gối nuôi thả
        chăng nữa
        chĩa ba
        chĩnh chện
        chũm choẹ
        chơ chỏng lỏng vơ
        chơi bời chữ khăm nhởi trèo trội vơi với xấu xỏ đùa đẹp đểu
        chơm chởm
        chư hầu
        chưa biết chừng cưới
        chưng cất diện hửng
        chương chướng hồi mục trình
        chướng khí ngại
        chưởng lí lý
        chạch chấu
        chạm bong cốc khắc lộng mặt ngõ nọc nổi súng trán trổ
        chạng vạng
        chạnh lòng
        chạp mả
        chạy bàn chọt chợ chữa dai gằn hiệu làng sô tang tàu tội việt vạy án ăn điện đua đằng
        chả bù chìa chớt giò hạn là lụa mấy quế trách
        chải chuốt
        chảy máu rữa thây
        chấm câu dôi dứt hết hỏi lửng mút phá phạt phảy phẩy than ảnh
        chấn chỉnh hưng học kí ký lưu song thương tử động
        chấp bút choá chới hành nhận nhặt thuận
        chất bán béo bôi bốc cháy chỉ dẻo học hữu khí khử kết liệu lưu lượng lỏng nguyên ngất nổ phác rắn
        chất thải vô vấn xám xúc điểm đốt độc
        chầm bập chậm chập vập
        chần chờ chừ
        chầu chực diêm giời hẫu rìa trời văn ông
        chẩn đoán
        chẫu chuộc chàng
        chậm chạp rãi rì tiến trễ
        chập cheng choạng chờn chững mạch tối
        chật chội cứng hẹp ních vật
        chậu thau
        chắc chân chắn dạ hẳn lép mẩm nình nịch tay xanh ăn
        chắn bóng bùn cạ song xích
        chắp cánh nối vá
        chắt bóp chiu lót lọc
        chằm bặp chằm chặp
        chằn chặn tinh
        chằng chéo chịt
        chẳng bù hạn là lẽ mấy những nữa qua thể trách đã
        chẵn lẻ
        chặc lưỡi
        chặn hậu họng đứng
        chặt chẽ đẹp
        chẻ hoe tre
        chế biến bản giễu hoà học ngự nhạo phẩm thị tài tạo xuất áp định độ
        chếnh choáng
        chết cha chóc chùm chưa chẹt chửa dần dở giả giấc giẫm gí hụt mê mòn mệt ngóm non não nỗi rấp thật
        chết tiệt trôi trắng tươi xác yểu điếng đuối đầu đứng
        chềnh ềnh
        chểnh mảng
        chễm chệ
        chệch choạc
        chệnh choạng
        chỉ bảo dẫn giáo giới huy lệnh mỗi nam số thiên thị thực tiêu trích trỏ tội vẽ xác điểm được đạo
        chỉ định đọc đỏ
        chỉn chu
        chỉnh huấn hình lí lý lưu sửa thể trang tề đốn
        chị chàng em gái nuôi
        chịu chơi khó lửa nhiệt phép tang thua trận trống tải đực đựng
        chọc ghẹo giận léc tiết trời tức
        chọn lọc lựa phối
        chỏm cầu
        chỏng chơ gọng lỏn quèo
        chốc chốc lát lở
        chối bỏ cãi từ
        chống chế chếnh chọi chỏi cự giữ lò nạnh nẹ phá rường trả án đối đỡ
        chồm chỗm hổm hỗm
        chồng chéo chưa chất con lấn ngồng
        chổi rễ sể than
        chổng kềnh vó
        chỗ kín nói phạm đứng
        chộn rộn
        chột dạ
        chớ chi có kể
        chới với
        chớp mắt nhoáng
        chớt nhả
        chờ chực mong đợi
        chờm bờm
        chờn chợn vờn
        chợ búa chiều cóc giời lao người nổi phiên trời xanh đen
        chụp giật giựt mũ đèn ếch
        chủ biên bài chiến chuyên chốt chứa công hoà hoá hôn hộ khách lập lực mưu nghĩa ngữ nhiệm nhân nhật
        chủ nợ quan quyền quản sở sự thầu thể toạ trì trương trị tài tâm tư tế tịch từ yếu ý đích đạo đề
        chủ định động
        chủng chẳng học loại sinh tộc viện đậu
        chứ lại lị
        chứa chan chấp chất nước đựng
        chức danh năng nữ phận quyền sắc trách vị vụ
        chứng bệnh chỉ cớ cứ giám khoán kiến luận lý minh nhận quả thư thương thực tích tỏ từ viên
        chừ bự
        chừng mực như nào này xuân độ
        chửa hoang trâu trứng
        chửi bới mắng rủa đổng
        chữ bát chi cái gothic gotic kí ký môn nghĩa nhi nho nhân nhật nôm nổi quốc số thập viết điền
        chữa cháy lớn nhỏ thẹn trị vừa
        chững chạc
        co bóp cụm dãn giãn giật kéo quắp ro rúm vòi
        coi bộ chừng khinh mắt nhẹ rẻ sóc thường trọng
        com lê măng
        con buôn bài bạc chiên cháu chạch chạy con cái cò cóc cón cúi cả dì dấu em giai giáp giống gái heo
        con hoang hổ lăn lắc mắt mẹ mọn một nghiện ngoài ngươi người nhà nuôi nít nước nợ ong phe quay ranh
        con riêng ruột rơi rạ rối so số thoi thơ thứ tin toán trai trượt trẻ trỏ trốt tính xỏ đẻ đội
        cong cớn queo tớn veo vút vắt
        coóc xê
        credit card
        cu cu cườm cậu gáy gầm li luồng sen xanh đơ đất
        cua biển bấy bể dẽ gạch nước rơ thịt óp đá đồng
        cui cút
        cum cúp
        cun cút
        cung bậc cách cúc cấp cầu khai kéo kính mây phản phụng quăng thiếu thánh tiến trăng văn điện đốn độ
        cung ứng
        cuốc bàn bướm bộ chim chét chĩa
        cuối cùng
        cuốn chiếu gói hút lá vó xéo
        cuống cuồng cà họng quít quýt
        cuồn cuộn
        cuồng bạo chiến dâm dại loạn nhiệt nộ phong si sát tín vọng
        cuộc chiến chơi gọi sống đời
        cuội kết
        cuộn sơ thứ
        cà bát bông chua cuống cưỡng cọc cọt cộ dái dừa gai ghim gỉ kheo khịa khổ kê kĩu kẽo kếu lăm lơ lạch
        cà lẩm lập lủng mèn mèng na nhắc niễng om pháo phê ri riềng rà ràng rá ròn rốt rồng rỡn sa thọt tong
        cà tàng tím tưng tửng vạt xóc xốc độc ổi
        cài răng đặt
        càn bậy lướt quét quấy rỡ
        càng cua ngày xanh
        cành bứa cạch
        cào bằng cào cấu
        càu cạu nhàu
        cày cuốc cấy cục dầm máy mò ngang ngả rang vỡ úp đảo ải ấp
        cá basa biệt bò bơn bạc bẹ bống bỗng bột chai chim chiên chuối chuồn chày chát cháy chép chình chạch
        cá chẻng chọi cóc căng cơm cược cảnh da diếc dưa gáy hanh heo hẻn hố hồi hồng kim kiếm kìm leo linh
        cá liệt lành lòng lóc lúi lăng lưỡng lạc lầm lẹp lờn mè mòi mó mú măng mương mại mập mối ngão ngạnh
        cá ngần ngừ ngựa nheo nhám nhâm nhân nhét nhụ nóc nước nục phèn quả rô rựa song săn sơn sấu sặt sộp
        cá thia thiều thiểu thoi thu thát thèn thể thờn tra tràu trác trèn trê trích trôi trắm trổng tính
        cá tầm voi vàng vược vền ông úc đao đuôi đuối đé đối độ
        các bin tông
        cách biệt chức cú hoá học li luật ly mô mạng ngôn nhiệt nhật pháp quãng ruộng rách thuỷ thức trở tân
        cách âm điện điệu
        cái chết ghẻ là lầm thần trò tội vẻ điều
        cám cảnh dỗ hấp ơn
        cán bộ cân sự tàn
        cáng đáng
        cánh cam cung cụt cứng gián giống gà khuỷu kiến màng nửa phấn quít quýt quạt sen sẻ tay thẳng tiên
        cánh trả vảy
        cáo buộc bạch chung già lui lỗi phó trạng từ viên
        cáp quang
        cát bá cánh căn cứ duyên két kết pha sê tuyến vàng đen
        cáu bẳn giận gắt kỉnh sườn tiết
        câm họng lặng miệng như nín
        cân bàn bằng chìm cấn hơi kẹo móc nhắc não ta tay tiểu treo tự xô xứng đai đĩa đối đồng
        câu chuyện cú cấu dầm khách kéo kết liêm lạc lệnh nhạc nệ rút thúc thơ đầu đố đối
        cây bóng bút bụi chuối công cảnh cọ cỏ cối cổ gỗ hoa lau leo lâu lương lấy mầm mộc nông nước phủ số
        cây thuốc thân thảo thế trồng viết xanh xăng ăn
        cãi cọ lộn vã
        cò bợ con cưa hương ke kè lả lửa mồi quay
        còi cọc xương
        còm cõi nhom
        còn khuya mệt mồ phải xơi
        còng queo quèo
        có bề chăng chửa của dễ giá hiếu hạn hạng hậu học khi lí lý lẽ mang máu mắt mặt nghĩa nhân nhẽ thai
        có thể trách tuổi tình vú ích ăn điều
        cóc ca cách cáy gặm khô nhảy tía
        cóm róm
        cóp nhặt
        cót ca két
        cô bác dâu giáo hồn liêu lập mình mụ phòng quạnh trói ve đúc đơn đọng đồng độc
        côi cút
        côm cốp
        côn cầu quyền trùng đồ
        công an anh binh báo bằng bố bộc bội chiếu chuyện chính chúa chúng chức chứng cuộc cán cốc cộng cụ
        công danh diễn du dân dã dụng giáo hiệu huân hàm hữu khai khu khố kiên kênh kích lao luận lí lý lập
        công lệnh lịch lực minh nghiệp nghệ nguyên nhiên nhân nhận nhật nông năng nương nợ phiếu phu phá
        công pháp phẫn quyền quĩ quả quốc quỹ sai suất sở sứ sức sự thương thần thổ thủ thức thự ti toi trái
        công trình trường trạng ty tác tâm tơ tư tước tắc tố tử viên việc văn vũ vụ xá xã xưởng ích ăn điền
        công điểm điện đoàn đoạn đức ơn ước
        cõi dương lòng tiên trần tục âm đời
        cù lao là lần mì mộc ngoéo nhây nhầy nèo rù
        cùi chỏ cụi kén tay
        cùm cụp kẹp
        cùn đời
        cùng cực hoá khổ quẫn tận đường
        cú mèo pháp vọ
        cúc bấm cu cung hoa trắng tần vàng vạn
        cúm gia gà núm rúm
        cúng bái cáo cơm giỗ lễ quải tiến tế
        cút kít
        căm căm gan ghét giận hờn phẫn thù tức uất xe
        căn bản bệnh chỉnh cơ cước cắt cứ dặn hộ ke số thức tố vặn
        căng cắc thẳng tin đan
        cũ kĩ kỹ mèm rích
        cũn cỡn
        cũng nên quá
        cơ bản bẩm bắp chế chỉ chừng cấu cực diesel giới hoành hàn học hồ hội hữu khí khổ lỡ man may mà mưu
        cơ mầu mật nghiệp ngơi nhiệt nhỡ năng phản quan số sở sự thắt thể trơn trưởng trục vân vòng vĩnh yếu
        cơ điện đê địa đốc đốt đồ động ứng
        cơi nới
        cơm bình bụi bữa chiên cháo gạo hộp lam nước rang rượu xôi áo đen điện đĩa
        cơn cớ sốt
        cư dân sĩ tang trú xử
        cưa xẻ
        cưng chiều cứng
        cưu mang
        cương lĩnh nghị quyết trực tàm vị
        cước khí phí vận
        cưới cheo chạy xin
        cướp biển bóc cò giật đoạt
        cười chê cợt duyên góp gằn khà khì khẩy mát mũi ngất nhạt nịnh nụ phá ruồi rộ sằng trừ tình tủm vỡ
        cười xoà ồ
        cường bạo dương giáp kích lực quyền quốc suất thịnh tráng tập điệu độ
        cưỡi cổ hổ
        cưỡng bức chế dâm hiếp hôn ép đoạt
        cạc cạc
        cạm bẫy
        cạn chén kiệt lời queo
        cạnh huyền khoé khế tranh đáy
        cạo gió
        cạp nia nong quần
        cả cục gan gói làng nghĩ nón nể thảy thẹn thể tin
        cải biên biến bắp bẹ canh cay chính cách cúc củ dạng giá hoa huấn làn lương mả soong sửa thiện thìa
        cải tiến trang trời táng tạo tổ xoong đường
        cảm biến biết chủ giác hoá hàn hứng khái kích mạo mến nghĩ nhiễm nhận phiền phục quan thán thông
        cảm thương thẩm thụ thức tình tính tưởng tạ từ tử xúc động ơn ứng
        cản ngăn phá quang trở
        cảng hàng vụ
        cảnh binh báo cáo giác giới gần huống ngộ phục quan sát sắc trí tượng tỉnh vật vẻ vệ vừa xa đặc
        cảu rảu
        cấm binh chỉ cung cảu cố cửa khẩu kị quân thành tiệt vận vệ đoán địa
        cấn cái
        cấp bách bậc bộ cứu dưỡng hiệu nước phát phối số thiết tiến tính tập tốc uỷ vốn độ
        cất bước cánh công giấu giữ mả mộ nhắc quân tiếng trữ vó đám
        cấu chí hình hạ kiện kết thành trúc tạo tứ véo xé
        cấy cày ghép hái mô
        cầm canh chân chắc chừng cập cố cự giữ hơi lòng quyền quân thú tinh trịch tù viên đầu đồ
        cần câu cù cẩu dại kiệm kíp mẫn sa ta thiết trục tây vọt vụ xé yếu đốp
        cầu an ao chui chì chúc cúng cạnh cảng cống cứu dao duyên gai hoà hoá hàng hôn hồn khiến khuẩn khẩn
        cầu khỉ kinh kì là lông lăn may mong máng mây môn mắt nguyện noi não nối phao phong phân phúc quay
        cầu siêu thang thăng thủ tiêu toàn treo truyền trường trượt trục tàu tự vai viện vượt vồng xin đường
        cầu đảo
        cầy bông giông hương móc vòi
        cẩm châu chướng lai nang nhung thạch
        cẩn mật thận trọng tắc
        cẩu thả
        cận chiến cảnh dưới kề nhiệt thành thần thị trên vệ đại
        cập kèm kênh ngẫu nhật rập tuần
        cật lực
        cậu ấm
        cậy cục
        cắc cớ củm kè
        cắm cúi cổ sừng thùng đầu
        cắn chỉ câu gié răng rứt trắt xé ổ
        cắt cúp cơn cầu cổ cử giảm lượt lớp nghĩa tiết xén đặt
        cằn cặt cỗi nhằn
        cẳng chân giò tay
        cặc bò bần
        cặm cụi
        cặn bã kẽ
        cặp ba bài bồ díp kè kèm lồng mạch nhiệt sốt
        cọ dầu xát
        cọc cà cạch
        cọt cà kẹt
        cỏ bạc cây gà gấu lác lồng may mần mật năn roi rả sâu sữa tranh xước
        cỏn con
        cố chí chấp chết công cùng gắng hương hữu kết nhiên nhân nông quốc sát thây thủ tri tình tật vấn ý
        cố đô đạo định
        cốc láo vũ vại đế
        cối chày cần nước xay
        cống hiến luồn nạp rãnh
        cốp pha
        cốt bì cách cán khí liệu lõi mạc sao sắt thép truyện tuỷ tử yếu
        cồ cộ
        cồm cộm cộp
        cồn cào cát
        cồng chiêng kềnh trắng tía
        cổ bồng chày chân cồn cứng giả hũ học họng hủ kính lai lỗ ngữ nhân phiếu phong phần quái sinh sơ sử
        cổ tay thi thụ tiền truyền trướng tích tức tự văn vũ vật xưa điển đông đại địa động
        cổng chào rả tán
        cỗ bàn ván áo
        cỗi rễ
        cộc cằn lốc
        cội nguồn rễ
        cộng cư hoà hưởng lực sinh sản sự tác đồng
        cột dọc số sống thu trụ
        cớ sao
        cờ bạc bỏi chân chó gánh lê lông người trắng tướng vua vây xí đuôi đầu
        cờn cỡn
        cởi mở
        cợt nhả
        cụ kị kỵ non thể trực
        cục bộ cằn diện mịch súc trưởng tác tính
        cụm cảng cứ từ
        cụng li
        cụt hứng lủn ngủn thun
        củ bình cái cải cẩm khỉ mài mì mỉ mỡ nâu não năn rủ từ đao đậu ấu
        của chìm cải nả nổi nợ đáng độc
        củi lụt lửa rả đuốc đóm
        củng cố
        cứ cho liệu việc điểm địa
        cứa cổ
        cức bì
        cứng cáp cát còng cỏi cổ cựa họng lưỡi ngoài ngắc nhắc quành quèo rắn đầu đờ
        cứt gián ngựa su sắt trâu đái
        cứu chữa cánh giúp hoả hộ khả mạng quốc rỗi sinh thương thế tinh trợ tế viên viện vãn vớt độ
        cừ khôi
        cử chỉ hành nhân toạ tri tuyển viên động
        cửa biển bể bức chớp cuốn hiệu hàng khẩu kính lá miệng mái mình mạch mở ngõ nhà nẻo phật quan quyền
        cửa rả sông sổ tay trời tò tử van xếp ô ải
        cửu chương lí vạn
        cự li ly mã nự phách tuyệt
        cựa quậy
        cực chẳng hình hữu khổ kì kỳ lực nhọc nhục quang quyền thịnh tiểu trị tím tả từ điểm đoan đại độ
        cựu binh chiến trào ước
        da bánh bát bò bọc bốc cam chì cóc diết dâu dấm dấp dầu dẻ gai gà liễu láng lươn màu mồi nhung non
        da rạn sần thuộc trơn trời xoan
        dai dẳng nhách sức
        dan díu
        dang dở
        danh bạ ca cầm dự giá hiệu hoạ hài lam lợi mục nghĩa ngôn ngữ nhân pháp sách số thiếp thắng thủ
        danh tiếng tiết tánh tính tướng từ vị vọng
        dao bài bào búa bảy bầu cau chìa cạo cầu díp găm kéo lam mổ nhíp nề pha phay quắm rựa tiện trổ tu
        dao tông tể vôi vọ xây xếp yếm độ động
        day dứt trở
        debit card
        di bút chuyển chúc chỉ chứng căn cư cảo cốt dân dưỡng hoạ huấn hài hại hận lí lý sản thực tinh
        di truyền trú tích tản vật động ảnh
        dinh cơ dính dưỡng luỹ
        diêm dân dúa sinh tiêu vương
        diên hương
        diếc móc
        diếp cá
        diềm bâu
        diều hâu
        diễm lệ phúc
        diễn biến ca cảm dịch giải giảng nghĩa thuyết tả tấu tập từ viên văn xuất xướng đàn đạt
        diễu binh hành
        diệc lửa
        diện mạo quân rộng tích
        diệp lục
        diệt trùng trừ vong
        diệu huyền kì kế kỳ vợi
        do chủ dự thám
        doanh gia lợi nghiệp nhân số thu trại
        dong dải dỏng riềng đao
        doạ dẫm nạt
        du canh côn cư di dương hành học khách khảo kích lịch mục nhập thuyền xuân xích đãng
        dung dăng dưỡng dịch hoà lượng môi nham nhan nạp sai tha thân thứ tích túng tục
        duy cảm danh linh lí lý mĩ mỹ ngã nhất thực trì tu tâm tân vật ý
        duyên cớ dáng hải kiếp kì kỳ nợ phận số
        duyệt binh y
        duốc cá
        dài dài dòng dại dằng hạn lưng mồm nghêu ngoằng ngoẵng nhằng thòng thườn thượt đuồn đuỗn
        dàn bài bè cảnh dựng hoà mặt nhạc trải tập xếp ý
        dành dành dụm
        dào dạt ôi
        dàu dàu
        dày cui cơ cồm cộp dạn dặn tuyến đặc
        dái chân dê mít tai
        dáng bộ chừng dấp vóc vẻ điệu
        dát gái
        dâm dấp dật dục loạn ô đãng
        dân ca chính chúng chơi chủ công cư cử dã dụng gian làng lập nghèo phòng phố quyền quân sinh số sự
        dân thường trí tuý tình tệ tộc viện vận vệ ý
        dâu con da gia rượu tây tằm
        dây bọc chun chuyền chằng cung cáp cót dưa dẫn dọi dợ gắm khoá kẽm leo lưng mát mũi mực nguội nóng
        dây nối pha sống thun thép thần tiếp trần tóc xích óng điện đất
        dã chiến man ngoại nhân sử thú tràng tâm
        dãi dầu thẻ
        dãn nở
        dè bỉu chừng dặt sẻn
        dèn dẹt
        dé chân
        dép lê quai
        dì ghẻ
        dìu dắt dặt dịu
        dí dỏm
        dích dắc
        dính dáng dấp líu
        dò dẫm hỏi la tìm xét
        dòm dỏ ngó
        dòng chảy giống họ điện
        dó lụa
        dô ta
        dôi dư thừa
        dông bão dài tố
        dõng dạc
        dù cho dì rằng sao
        dùi cui đục
        dùng bữa dằng
        dúi dụi
        dúm dó
        dút dát
        dăm ba bào bảy cối kèn kết
        dăn deo dúm
        dĩ nhiên vãng
        dũng cảm khí mãnh sĩ
        dơ bẩn duốc dáy
        dư chấn dả dật dứ luận lượng nợ thừa vị âm
        dưa bở chuột gang góp hấu hồng leo lê món
        dương bản cầm gian hạm hệ học liễu lịch oai tính vật xỉ
        dường như
        dưỡng bệnh chất khí lão sinh sức thai thương
        dược học liệu lí lý phẩm sĩ thảo tá tính viên điển
        dạ con cỏ cửa dày hương hội hợp khúc lan lá lí lý minh múi quang tiệc tổ vũ xoa đề
        dại dột gái khờ mặt
        dạm hỏi ngõ
        dạn dày dĩ
        dạng hoá sinh thức
        dạo mát đầu
        dạt dào
        dạy bảo dỗ học đời
        dải phân rút tần áo
        dấm da dúi dẳn dớ dứ
        dấn mình thân
        dấp da dính giọng
        dấu chấm câu gạch hai hiệu hỏi luyến lặng má mũ nhắc nối phẩy siêu thánh vết ấn
        dầm dề
        dần chết dà dần
        dầu bóng bạc cao chổi con cá cù cốc diesel dãi giun gió gội hoả hôi hắc khí luyn lá lạc lửa máy măng
        dầu mỏ mỡ nhớt nhờn nặng phộng rái ta thô tẩy đèn
        dầy cồm cộp dạn dặn đặc
        dẫn chương chứng cưới dắt giải hoả lưu nhiệt rượu thuỷ thân truyền viên xuất xác điểm điện đầu độ
        dẫn động
        dẫu sao
        dậm doạ
        dập dìu dềnh dờn
        dật dờ sử
        dậy mùi thì đất
        dắt dây dìu díu gái mũi mối
        dằn dỗi mặt túi vặt
        dằng dai dặc dịt
        dặm trường
        dặn dò
        dặng hắng
        dặt dìu dẹo
        dẹp lép tiệm
        dẻo dai dang mồm quèo quẹo
        dẽ dàng giun gà
        dế dũi mèn trũi
        dền cơm gai tía
        dềnh dàng
        dễ bề chịu coi dàng dãi dầu thương thường thở tính
        dệt kim
        dị biệt bản dạng giáo hoá hình hướng hờm hợm nghị nguyên thường tật vật đoan đồng ứng
        dịch bào bệnh chuyển giả hạch hại máy nhầy thuật tả tễ vị vụ âm
        dịu dàng hiền ngọt
        dọc ngang
        dọn dẹp giọng
        dốc nước thoải
        dối dá trá
        dốt nát đặc
        dồi dào
        dồn dập nén tụ ép
        dồng dộc
        dỗ dành
        dột nát
        dớ dẩn
        dời đổi
        dở bữa chừng dang dói hơi người
        dụ dỗ
        dục dặc dụng học nhịp phổ thẩm thể vọng
        dụng binh công cụ tâm võ ý
        dứt khoát điểm
        dừa lửa nước xiêm
        dừng dưng
        dửng dưng dừng mỡ
        dữ dằn dội kiện liệu tợn đòn
        dự báo bị chi cảm khuyết khán kiến liệu luật phòng thu thính thảo thầu toán trù trữ tuyển tính án
        dự đoán định
        dựa dẫm
        dựng chuyện phim tóc đứng
        e dè hèm lệ ngại sợ thẹn ấp
        el nino
        em em gái thúc trai út
        eng éc
        eo biển hẹp sèo éo óc ôi đất ếch
        fát xít
        ga lăng men ra rô tô xép
        gai cột góc mắt ngạnh ốc
        gan cóc dạ gà góc lì ruột
        gang thép tấc
        ganh ghét tị đua
        gay cấn go gắt
        ghe bản bầu chài cộ cửa lườn
        ghen ghét tuông tị tức
        ghi bàn chép chú danh hình lò nhận nhớ nợ tạc âm điểm đông
        ghé gẩm lưng mắt vai
        ghép nối
        ghét bỏ
        ghê gớm rợn sợ tởm
        ghẹ ổ
        ghẻ lạnh lở ruồi
        ghế bành băng bố cứng dài dựa mềm ngồi ngựa tréo tựa điện đẩu
        gi lê
        gia binh bì bảo bối công cầm cố dụng giáo giảm hạn nhập phả quyến súc sư sản thế tiên truyền trưởng
        gia tài tăng tư tốc tộc vị xoan đình đạo
        giai cấp kỳ thoại điệu đoạn
        giam cầm giữ hãm lỏng
        gian biểu dâm dối giảo hiểm hàng hùng khó khổ lao lận nan ngoan nguy phi tham thương truân trá tà tế
        gian xảo ác
        giang hồ mai sơn
        giao ban bóng ca chiến cảm cấu cắt diện du duyên dịch hoà hoán hưởng hảo hẹn hội hợp hữu khoán kết
        giao liên lưu lộ nhận nộp phó phối thiệp thoa thông thương thầu thời thức thừa tiếp tranh tuyến tử
        giao điểm đoàn đãi đấu ước
        gieo cấy neo quẻ rắc trồng vần
        gion giỏn
        giun chỉ dẹp kim móc sán tròn tóc đũa đất đốt
        già câng cả cốc cỗi dặn họng khú khằn khọm khụ làng lão mồm nua tay yếu đời
        giàn giáo giụa hoả mui
        giàng giàng thun
        giành giật
        giàu có mạnh sang sụ
        giày ba bát dép hạ mõm vò xéo đinh đạp
        giá biển buốt bìa chợ cạnh cả hối lạnh mà ngắt như nhạc noãn rét sinh sàn súng thành thú thả treo
        giá trần trị vốn
        giác cân cầu học kế luận mạc ngộ quan thư vuông đều
        giám hiệu hộ khảo mã mục quản quốc sát thị định đốc
        gián cách thu tiếp điệp đoạn
        giáng hoạ hương hạ phúc sinh thế trần
        giáo chủ cụ dân dưỡng dục giới giở hoàng hoá hạt học hội hữu khoa lí lý mác nhân phái phường phẩm
        giáo phận sinh sĩ sư trình viên vụ xứ án điều đường đầu ưu
        giáp bảng chiến công giới hạm hạt lai lá mặt ranh trạng trận vụ xác
        giâu gia
        giây lát phút
        giã biệt từ đám
        giãi bày tỏ
        giãn nở
        giãy chết giụa nảy
        gièm pha
        giêng hai
        giò lụa rế
        giòn giã rụm tan
        gió bụi chướng heo lào lùa lốc may máy mùa nồm
        gióng giả một
        giôn giốt
        giông bão giống
        giúp sức việc ích đỡ
        giăm bông
        giăng giăng mắc
        giương mắt vây
        giường bệnh nằm thờ
        giả ba bộ cầy da danh dạng dối dụ hiệu lơ lả mạo sơn sử thiết thuyết thử trang trá tưởng tạo tảng vờ
        giả đò định
        giải chấp cứu giáp giới khuây khát lao mã nghĩa nghệ ngân ngũ nhiệm nhiệt oan phiền pháp phóng phẫu
        giải quyết sầu thoát thuật thích thưởng thể toả trình trí trừ tán tích tội vây vũ ách đáp đông độc
        giảm chấn giá nghèo phát sút thiểu thọ tốc xóc đẳng
        giản dị hoá tiện đơn ước
        giảng dạy giải hoà nghĩa thuật viên đường
        giảo hoạt quyệt
        giấc ngủ nồng
        giấm bỗng cái thanh ớt
        giấp cá
        giấu giếm
        giấy bao báo bóng bản bồi bổi carbon chặm chứng dó dầu dậm lề lệnh lọc lộn moi má nhiễu nhám nến
        giấy phèn phép quyến ráp sáp sơn than thiếc thông thấm trang tờ vệ ăn điệp đánh ảnh
        giần giật sàng
        giầu có mạnh sang sụ
        giầy dép vò xéo
        giẫm đạp
        giẫy giụa nẩy
        giậm giật
        giận dỗi dữ hờn lẫy
        giập giạp
        giật cánh cục dây giọng gân lùi mình nóng nợ thót thột
        giằng co xay xé
        giặc giã lái
        giặt giũ khô
        giẻ cùi
        giếng chìm khoan khơi mỏ thơi
        giết chóc hại mổ thì thịt
        giễu cợt
        giọng lưỡi điệu
        giọt sành
        giỏi giang
        giối già
        giống hệt lai má nòi
        giỗ chạp hậu kị kỵ tết đầu
        giới chức hoá hạn luật nghiêm quan sát sắc thiệu thứ tuyến tính từ tửu vi vĩ đàn
        giờ chính g giấc gmt hoàng hành hồn lâu phút quốc đây địa
        giở chứng dạ giói giọng giời mặt quẻ trò
        giục giã
        giữ chân ghế gìn kẽ miếng mình rịt tiếng ý
        giữa chừng
        gom góp nhóp nhặt
        goá bụa phụ
        guồng máy
        gà chọi công cồ giò gà gô gật hoa lôi lơgo mái mờ ngủ nòi nước pha qué ri rốt sao tây tồ xiêm ác
        gà đồng
        gàn dở
        gào thét
        gàu bốc dai ngoạm sòng
        gác bỏ chuông lửng thượng xép
        gái bao bán giang gọi nhảy điếm
        gán ghép
        gánh chịu gồng vác
        gân cốt cổ guốc sức
        gây chiến chuyện dựng gấy gổ hấn lộn mê rối sự tê tạo
        gãy góc gọn
        gì mà thì đến
        gìn giữ
        gò bó má ép đống
        gòn gọn
        góc bù bẹt cạnh học kề ngoài nhị nhọn phụ quay tù vuông đa đầy đối độ
        gói ghém thầu
        góp mặt nhóp nhặt phần ý điện
        gót sắt
        gông cùm xiềng
        gõ cửa kiến đầu
        găm giữ
        găn gắt
        găng tay trâu tây
        gương cầu lõm lồi mẫu mặt phẳng sen tày tầy
        gượng gạo nhẹ ép
        gạ chuyện gẫm
        gạch bông chỉ chịu hoa lá lỗ men ngang nối silicat thông vồ ốp
        gại giọng
        gạn lọc
        gạo cẩm cội giã lức nước nếp tẻ
        gạt gẫm tàn
        gả bán
        gấm vóc
        gấp bội gáp khúc rút
        gấu bắc chó lợn mèo ngựa trúc trắng
        gấy sốt
        gầm ghè ghì gào gừ rít rú trời
        gần gũi gặn gụi xa
        gầy còm guộc gò mòn nhom yếu đét
        gập ghềnh
        gật gù gưỡng gật
        gậy gộc tày
        gắn bó kết máy
        gắng công gượng sức
        gắp thăm
        gắt gao gỏng ngủ
        gặm nhấm
        gặp gỡ mặt
        gặt hái
        gọi hồn là thầu vốn
        gọn ghẽ gàng lỏn mắt nhẹ thon
        gọng kìm
        gọt dũa giũa đẽo
        gỏi sinh
        gốc gác rễ tích từ
        gối vụ xếp đầu
        gồ ghề
        gồng gánh
        gỗ dác dán tạp vang ván xẻ
        gội đầu
        gộp đá
        gột rửa
        gớm ghiếc guốc
        gờn gợn
        gởi gắm
        gỡ gạc lỗi rối tội
        gợi chuyện cảm mở tình tả ý
        gục gặc
        gừng gió
        gửi gắm rể
        ha ha hí hả hấp hổn
        hai chấm lá lòng
        ham chuộng hố muốn mê thích
        han gỉ
        hang hùm hốc ổ
        hanh hao
        hao hao hớt hụt mòn phí sút tài tổn
        hau háu
        hay biết chữ hay ho hớm là
        hen suyễn
        heo heo héo hút hắt may vòi
        hi hi sinh thiêm vọng
        him him híp
        hinh hích
        hip hop
        hiu hiu hắt quạnh
        hiên ngang
        hiêng hiếng
        hiếm hoi muộn
        hiến binh chương dâng kế pháp
        hiếp dâm đáp
        hiếu chiến chủ danh hỉ học hỷ khách kì kỳ nghĩa sinh sự thuận thảo thắng động
        hiềm khích nghi thù
        hiền dịu hoà hậu khô lành thảo thục triết tài từ đức
        hiểm bắt hoạ hóc hỗn nghèo nguy nhân phi sâu trở xã y yếu ác độc
        hiển hiện hoa hách linh ngôn nhiên thánh thị vi
        hiểu biết
        hiện diện giờ hành hình hữu kim nay sinh sóng thân thời thực trường trạng tình tượng tại vật đại
        hiệp hội lực sĩ thương tác định đồng ước
        hiệu chỉnh dụng hoá học lệnh lực nghiệm năng quả suất số thính thế triệu trưởng ích điện đính ứng
        ho gà he hen khan lao
        hoa cau cúc cương dâu giấy hiên hoè hoét hậu hồng khôi kì kỳ lan liễu loa lá lí lý lơ lệ lợi màu mép
        hoa môi mõm mĩ mơ mười mỹ quả râm sen sói tai tay thị tigôn tiên tiêu văn đèn đăng đồng
        hoan hô hỉ hỷ lạc nghinh nghênh phim
        hoang dâm dã dại hoá hoác lạnh mang mạc phí phế sơ toàng tàn tưởng vu vắng đàng đường đảo
        hoe hoe
        hoen gỉ hoét rỉ ố
        hom hem
        hon hỏn
        hong hóng
        hoà bình cả dịu giải hiếu hiệp hoãn hợp khí không kết mình mạng nhiệt nhã nhạc nhập nhịp quyện tan
        hoà thuận thượng trộn tấu vốn âm đàm đồng ước
        hoài bão cảm cổ của nghi niệm phí sơn vọng
        hoàn chỉnh công cảnh hảo hồn lưu lương môn mĩ mỹ nguyên thiện thành toàn trả tất tục
        hoàng anh bá cung cầm gia hôn hậu kim kì lan liên thành thân thất thổ tinh tộc tử yến đàn đạo đản
        hoàng đới
        hoành cách hành phi thánh tráng độ
        hoá chất dược dầu giá giải hơi học hợp kiếp luận lí lý lỏng mĩ mỹ nghiệm năng phép phẩm quần ra sinh
        hoá thân thạch trang trị tính xương đơn
        hoán dụ vị đổi
        hoãn binh xung
        hoạ báo chăng gia hoằn hình may mi sĩ tiết âm
        hoạch hoá vùng đô định
        hoại sinh thư tử
        hoạn nạn
        hoạnh hoẹ
        hoạt bát chất cảnh hoá hoạ huyết hình kịch phí thạch tinh tính tượng động
        hoả canh châu công hoạn hổ khí kế lò lực mai mù ngục pháo thiêu thực tuyến táng tốc điểm đàn
        hoảng chính hốt hồn loạn sợ
        hoắc hương
        hoặc giả
        hu hu
        hum húp
        hun hút đúc
        hung bạo dữ hiểm hãn hăng khí thần thủ tinh tàn tợn ác đồ
        huy chương dàn hiệu hoàng trưởng động
        huyên náo thuyên
        huyết bài bào bạch chiến cầu dịch dụ giác học mạch quản sắc thanh thư thống trùng trầm tương tộc áp
        huyền bí diệu hoặc nhiệm phù sâm thoại tích ảo
        huyễn hoặc tưởng
        huyện bộ lị lỵ thị uỷ đoàn đội
        huyệt mộ
        huân chương tước
        huê hồng lợi
        huênh hoang
        huý kị
        huýt gió sáo
        huấn luyện thị
        huếch hoác rộng
        huệ quốc tây
        huống chi gì hồ
        huỳnh huỵch quang tinh
        huỵch toẹt
        huỷ bỏ diệt hoại
        hy hữu sinh vọng
        hà bá cớ hiếp hì hơi hậm hổn khắc lan mã móng rầm thủ tiện tất
        hài cốt hoà hước kịch lòng thanh
        hàm chứa cấp hồ lượng nghĩa ngôn răng súc số thiếc thụ ý ơn ẩn ếch
        hàn gắn huyên hơi khẩu lâm lộ the thực xì đới
        hàng binh chiến chợ hiên hiệu hoá hải họ khô không loạt lối mã ngũ phục quán rào thùng tiêu trưởng
        hàng xách xáo xén xóm đầu
        hành chính chức dinh gia giả hoa hung hình hương hạ khách khúc khất kinh lang lí lý lạc nghề não
        hành pháp quyết quân ta tinh trang trình tung tuỷ tá tây tội vi vân văn vũ xác đoàn đạo động
        hào chiến giao hiệp hoa hùng hển hứng khí luỹ ngầm nhoáng phóng quang sảng
        há hốc mồm
        hách dịch
        hái lượm ra
        hám danh lợi
        hán học
        hánh nắng
        háo danh hức khí nước sắc
        hát bắc bộ bội cách dạo dậm dặm ghẹo hò hỏng hổng khách lượn nam nhân nói rong ru tuồng ví văn xoan
        hát xẩm đúm
        háu đói
        hâm hấp mộ nóng
        hân hoan hạnh
        hây hây hẩy
        hãi hùng
        hãm hiếp hại mình tài ảnh
        hãn hữu
        hãnh diện tiến
        hão huyền
        hè hụi
        hèm hẹp
        hèn chi gì hạ kém mạt mọn nhát nào yếu
        hé răng
        héo don hon hắt mòn
        hét lác ra
        hênh hếch
        hì hà hục hụi hụp
        hình bình bóng bầu chiếu chìm chóp chữ cầu cụ dung dáng dạng hoá hoạ hài học hộp không khối lăng lập
        hình mẫu nhi nhân như nón nộm phạt phẳng quạt sự tam thang thoi thành thái thù thế thể thức trung
        hình tròn trụ tượng từ viên vuông vành vóc vẽ vị xuyến ảnh
        hí ha hoáy hoạ húi hởn hửng khúc kịch
        hít hà
        hò hét hẹn khoan la lơ lờ mái reo
        hòm gian hòm thư xiểng
        hòn dái
        hó hé
        hóc búa hách
        hóm hỉnh
        hóng hớt
        hô hoán hào hấp hố
        hôi hám hổi muối rình tanh thối
        hôm kia kìa mai nay qua sớm
        hôn hít lễ mê nhân
        hông hốc
        hù doạ
        hùi hụi
        hùm beo
        hùn hạp vào
        hùng biện ca chủ cá dũng hoàng hậu hồn hổ hục khí mạnh rơm tráng vĩ
        hú hoạ hí hồn tim vía
        húng chanh chó dũi dổi hắng lìu quế
        húp híp
        hút bụi chích hít hồn mật xách
        hý khúc kịch trường viện
        hăm doạ he hở
        hăng gô hái hắc máu say tiết
        hơ hải hỏng hớ
        hơi hám hướm hướng ngạt nước sức tai đâu
        hơn bù hớn nữa thiệt
        hư cấu danh hao hại hỏng hốt không số thân từ vinh vô văn đốn ảo
        hưng hửng phấn thịnh vong
        hưu trí
        hương bài hoa hoả hồn khói liệu lộ nguyền nhu phụ sen sư vòng vị án ước
        hươu cao sao xạ
        hướng dương dẫn nghiệp ngoại nội thiện tâm đạo động
        hưởng dương lạc thọ thụ ứng
        hạ bì bút bạc bạn bệ bộ chí cánh cấp giới huyền huyệt lưu lệnh màn mình nang nghị nguồn nhục sách
        hạ sát sĩ sơn thuỷ thế thọ thổ thủ tuần tầng viện vị áp âm điền đẳng
        hạch hỏi sách toán
        hạm đội
        hạn chế dùng hán hẹp mức ngạch vận định
        hạng mục ngạch
        hạnh kiểm nhân phúc
        hạp long
        hạt alpha beta cơ dẻ giống kín lựu mít nhân tiêu trần é
        hả dạ giận hê lòng
        hải báo chiến cảng cẩu dương giới hà khẩu li ly lí lý lưu mã phận quan quân quì quỳ sâm sản thuyền
        hải tượng tặc văn vương vị yến âu đoàn đăng đường đảo đồ đồng đội
        hảo hạng tâm
        hấm hứ
        hấp dẫn ha him háy hơi hối lưu phụ ta thu thụ tấp
        hất cẳng
        hầm hào hè hầm hập hố lò mỏ trú tàu
        hầu bao bóng cận hạ hết khắp như phòng tước
        hẩm hiu
        hẫng hụt
        hậm hoẹ hà hụi hực
        hận thù
        hậu bị bối chiến cung cần cứ duệ hoạ hĩ hĩnh học kì mãi môn nghiệm phương phẫu quân quả sinh sản sự
        hậu thuẫn thân thư thế trường tuyến tạ tố vận vệ đãi đậu
        hắc lào tinh xì ám ín
        hắng giọng
        hắt hiu hơi hủi xì
        hằm hè hằm
        hằn học
        hằng bất hà nga số đẳng
        hẳn hoi nhiên
        hẹn hò ước
        hẹp bụng hòi
        hẻo lánh
        hết cho chỗ dạ hơi hồn lòng lẽ lời mình mức mực nhẵn nhẽ nước sức thảy vía ý đất đời
        hề gậy hấn hề mồi đồng
        hềnh hệch
        hể hả
        hệ luận miễn mét mặt quả si sinh sản số thống thức trọng tư tộc từ điều đơn đếm
        hỉ hả
        họ hàng mạc tộc đạo
        học bạ bổng chuyên cơ dân euclid giả giải gạo hoá hoạ hàm hành hỏi hữu không kì kĩ kỳ kỹ lóm lỏm lực
        học mót nhân phiệt pháp phí phần phẳng phổ quân sinh sử thuyết thuật thành thức truyền trình trò tài
        học tập tự viên viễn việc viện vô vấn vẹt vị xá xã đòi đường ứng
        họp báo hành mặt
        hỏi cung dò han nhỏ thăm tội vặn vợ đáp
        hỏng hóc kiểu
        hố chậu ga tiêu xí đen
        hốc hác
        hối cải hôn hả hận lỗi lộ phiếu suất thúc tiếc đoái
        hống hách
        hốt hoảng nhiên
        hồ bi báo bấm chứa cầm dễ hởi li ly lô mặt nghi nguyên quang quả sơ thuỷ tinh tiêu tổng đồ
        hồi cư cố giáo hương hộp kí ký môn phục quang sinh sức tâm tưởng tỉnh tố văn xuân âm đáp ức
        hồn hậu hết nhiên phách thơ vía
        hồng bì bạch cầu hoa hoang huyết hào hạc hộc lâu mao ngoại ngọc nhung quân quế thuỷ tâm xiêm y điều
        hồng đào
        hổ chuối chúa cốt danh lang lốn lửa mang nhục phách phù thẹn trâu
        hổn ha hà hển
        hỗ trợ
        hỗn canh chiến cư danh giao hào hợp loạn láo mang quân số tạp xược độn
        hộ chiếu giá khẩu lí lý mạng mệnh pháp sinh thân tịch tống vệ đê
        hộc tốc
        hội chẩn chợ chủ chứng chữ diễn giảng hoá hoạ hè học họp kiến nghị ngộ nhập sở thao thoại thảo thẩm
        hội trường trưởng tụ viên ái ý đen đoàn đàm đồng
        hộp chữ chữa giảm quẹt số thoại thư tốc đen đêm
        hột cơm thị
        hớ hênh
        hớn hở
        hớp hồn
        hớt hải lẻo tóc
        hờ hững
        hời hợt
        hờn dỗi giận mát oán trách tủi
        hở hang
        hởi dạ lòng
        hỡi ôi ơi
        hợm hĩnh mình
        hợp chất con doanh hiến khẩu kim lí lý lưu lệ lực nhất pháp phần số tan thành thời thức tuyển tác
        hợp táng tấu tử xướng âm ý đề đồng
        hục hặc
        hụt hẫng
        hủ bại hoá hỉ lậu tiếu tục
        hứa hão hôn hẹn
        hứng chịu gió khởi thú
        hừ hừ
        hừng hực
        hững hờ
        hữu biên cơ hiệu hoá hình hạn khuynh nghị ngạn nô quan sinh thanh thần trách trí tuyến tình tính tỉ
        hữu tỷ ích ý
        i tờ
        im bặt lìm lặng phăng phắc re thin thít ả ắng ỉm
        in hệt như thử ít ấn ỉn
        inh tai ỏi
        ion hoá
        iu ỉu
        kalium nitrate
        kem cân cây cốc kí ký que
        ken két
        keo bẩn kiệt sơn tai tơ xương xỉn
        kha khá khấp lom lênh
        khai báo bút chiến cuộc căn diễn giảng hoa hoang hoả hội khoáng khẩn mào mạc phá phương quang quật
        khai sinh thác thông triển trương trường trừ tử vị
        kham khổ
        khan hiếm
        khang khác kháng kiện trang
        khanh khách
        khao khao khát quân
        khe khé khắt khẽ
        khen khét ngợi thưởng tặng
        kheo khéo khư
        khi hồi
        khin khít
        khinh binh bạc bỉ khi khí khích khỉnh miệt mạn nhờn rẻ suất thường
        khiêm nhường tốn
        khiên cưỡng
        khiêng vác
        khiêu chiến dâm khích vũ
        khiếm khuyết nhã thính thị thực
        khiếp nhược sợ vía đảm
        khiếu kiện nại tố
        khiển học trách từ
        kho bãi bạc quỹ tàng tàu tộ
        khoa bảng giáo học mục ngoại nội thư trương trường
        khoai khoái lang mì môn mùa mỡ nưa nước sọ trụng tây tía từ vạc đao
        khoan dung hồng khoái nhượng thai
        khoang nhạc
        khoanh tay
        khoe khoang mẽ
        khoá biểu kéo luận nòng số sổ trình
        khoác lác áo
        khoái chí cảm khẩu lạc trá
        khoán sản trắng
        khoáng chất học sàng sản vật đãng đạt
        khoả lấp thân
        khoản đãi
        khoảng cách không âm
        khoảnh khắc
        khoằm khoặm
        khoẻ khoắn mạnh như
        khu biệt chế công kinh phi phố trú trục tập tự vực đô đệm
        khua khoắng
        khung cảnh cửi giá hình thành
        khuy bấm tết
        khuya khoắt sớm
        khuynh diệp hướng đảo
        khuyên bảo can dỗ giáo giải lơn nhủ răn
        khuyến cáo học khích lâm mãi mại nghị ngư nông
        khuyết danh thiếu tật điểm
        khuân vác
        khuây khoả
        khuôn dạng hình khổ mẫu mặt nhạc phép sáo thức viên
        khuất bóng khúc núi nẻo phục tất
        khuấy đảo động
        khuếch trương tán đại
        khuỳnh tay
        khà khập khật lởm lụ lừng
        khành khạch
        khào khào
        khá giả khẩm
        khác biệt gì nào thường
        khách hàng khí khứa qua quan sáo sạn thể vãng
        khái luận niệm quát tính
        khám nghiệm phá xét
        khán giả thính đài
        kháng chiến cáo cự nghị nguyên sinh thể viêm án
        khánh kiệt thành tiết
        khát khao máu vọng
        kháu khỉnh
        khâm liệm phục
        khâu vá vắt
        khéo léo miệng mồm tay
        khép kín nép
        khét lèn lẹt tiếng
        khê đọng
        khêu gợi
        khìn khịt
        khí chất công cầu cụ gió hoá huyết hư hạt hậu học khái kém lạnh lực muồng nhạc nổ phách quyển quản
        khí sinh sắc than thiên thải thế tiết trơ tài tên tĩnh tượng vi vị áp đá đốt động
        khía cạnh
        khích bác lệ
        khít khao khìn khịt rịt
        khò khè
        khó chịu coi dễ gặm khăn lòng nhọc tính đăm ở
        khóc dạ lóc than
        khói hương lửa sương
        khô cằn cứng dầu hanh héo hạn khan khát không khốc kiệt lạnh mộc rang ráo róc vằn đét
        khôi hài ngô phục
        khôn cùng hồn khéo lường lỏi lớn ngoan nguôi thiêng xiết
        không biết bào bờ chiến chừng dưng gian gỉ khéo khí khốc kích lưu lẽ mấy những phận quân ra thể
        không trung trách tài tưởng tặc vũ vận xương ít điều đâu đổi
        khù khờ khụ
        khùng khục
        khú đế
        khúc chiết côn khuỷu khích mắc nhôi xạ
        khúm na núm
        khúng khắng
        khăm khắm khẳm
        khăn gói khẳn mỏ piêu quàng san vuông xếp áo ăn đóng đầu
        khăng khít khăng
        khơ khớ
        khơi gợi khơi mào
        khư khư
        khước từ
        khạng nạng
        khả biến chuyển dĩ dụng kháng kính nghi năng quan thi tri ái ố
        khải hoàn
        khảm màu
        khản đặc
        khảng khái
        khảo chứng cổ cứu dị luận nghiệm sát tra đính
        khấm khá
        khấn khứa vái
        khấp kha khểnh khởi
        khất lần sĩ thực
        khấu hao trừ đuôi
        khẩn cấp cầu hoang khoản thiết trương
        khẩu chiến cung hiệu học khí lệnh ngữ phần trang vị độ đội
        khập khiễng khà khễnh
        khật khà khưỡng khừ
        khắc ghi gia gỗ hoạ khoải khổ kỉ kỷ nghiệt phục tinh đồng
        khắm lằm lặm
        khắt khe
        khằng khặc
        khẳng khiu định
        khặc khè khặc khừ
        khẽ khàng khọt
        khế cơm
        khề khà
        khệ nệ
        khệnh khạng
        khỉ gió đột
        khọt khẹt
        khỏi phải
        khố tải
        khốc liệt
        khối lượng phố u
        khốn cùng khó khổ kiếp một nạn nỗi quẫn đốn
        khống chế chỉ
        khổ chủ công cực hạnh học luyện một nhục não qua sâm sở thân tâm đau ải
        khổng giáo lồ
        khờ dại khạo
        khởi công hành kiện nghiệp nghĩa nguồn phát sắc sự thảo tranh tố tử xướng điểm đầu động
        khụng khiệng
        khụt khịt
        khủ khởi lù
        khủng bố hoảng khiếp khỉnh long
        khứ hồi
        khứu giác
        khừ khừ
        khử lừ trùng
        ki bo cóp lô na ốt
        kia mà
        kim anh băng chỉ cúc cương cổ giao hoàn hoả khánh khí loại màu móc nam ngân ngạch nhũ sinh thanh
        kim thuộc tiền tuyến tương tự đan đen đáy đơn đồng
        kin kít
        kinh bổn doanh dị giới hoàng hoảng hãi hồn khủng kệ kịch kỳ lý lạc nghiệm nghĩa ngoại nguyệt ngạc
        kinh niên phong phí qua rợn sợ sử thành thánh trung truyện trập tuyến tế tởm viện xáng điển độ động
        kitô giáo
        kiêm nhiệm
        kiên cường cố gan nghị nhẫn quyết trinh trì tâm định
        kiêng cữ dè khem kị kỵ nể sợ
        kiêu binh bạc căng hãnh kì kỳ ngạo sa
        kiếm chuyện chác hiệp khách thuật ăn
        kiến càng cánh cỏ gió giải giảng lập lửa nghị thiết thức trúc tạo tập vàng vống đen đỏ
        kiếng mát
        kiết lị lỵ xác
        kiềm chế toả tính
        kiền kiền
        kiều bào diễm dân hối
        kiểm chứng duyệt dịch kê lâm nghiệm ngân ngư nhận phẩm soát sát thử toán tra điểm đếm định
        kiểu cách dáng mẫu
        kiệm lời
        kiện cáo cần toàn tướng tụng đủ
        kiệt lực quệ sức tác xuất
        kè kè nhè
        kèm cặp nhèm
        kèn bóp bầu cor cựa kẹt trống
        kèo nhèo nài nèo
        ké né đầu
        kém cạnh cỏi
        kén chọn
        kéo bè co cánh lại quân theo
        kê biên học khai kích úm
        kên kên
        kênh kiệu rạch truyền xáng
        kêu ca cầu gào gọi la nài trời van
        kì bí công cùng cạch cọ cục cựu diệu dị giông hạn khôi kèo lân lạ ngộ nhông phiếu quan quái quặc thú
        kì thị thủ thực tài tích tập vĩ vọng đà đài ảo
        kìm cộng giữ hãm kẹp nén
        kìn kìn
        kình ngư địch
        kí chủ gửi hiệu hoạ kết quĩ quỹ riêng sinh sự thác tên túc tắt tự âm ức
        kích cầu cỡ dục giá hoạt thích thước động ứng
        kín kẽ mít như nhẽ tiếng đáo
        kính cẩn cận hiển lão lúp mát mến nể phục râm thiên thuốc tiềm trọng viễn vạn yêu đổi ảnh
        ký chủ giả gửi hiệu hoạ kết lô lục quỹ riêng sinh sự thác tên túc tắt tự âm ức
        kĩ càng lưỡng năng sư thuật tính xảo
        kĩu cà kịt
        kẹo cao đắng
        kẻ cướp cả cắp gian thù trộm
        kẻo mà nữa rồi
        kẽm gai
        kẽo cà kẹt
        kế chân cận hoạch nghiệp nhiệm sách thừa tiếp toán tục vị
        kếch xù
        kết bạn cấu cục duyên dính dư hôn hợp liễu luận mạc nghĩa nạp nối quả thúc tinh toán tội tụ tủa từ
        kết án
        kề bù cà cận miệng
        kền kền
        kềnh càng kệch kệnh
        kể cả lể ra
        kệ nệ thây xác
        kệch cỡm
        kỉ cương luật lục nguyên niệm vật yếu
        kị binh khí mã nước rơ
        kịch bản chiến câm cương cọt hát liệt mục ngắn nói thơ tính
        kịp thời
        kỳ bí công cùng cục cựu diệu dị giông hào hạn khôi lân lạ mục ngộ nhông phiếu quan quái quặc thú
        kỳ thật thị thủ thực tài tình tích tập vĩ vọng đà đài ảo
        kỵ binh khí mã nước rơ sĩ
        kỷ cương luật lục nguyên niệm vật yếu
        kỹ càng lưỡng năng nữ sư thuật tính xảo
        la bàn cà hét liếm liệt làng lí líu lóng lúc lúng lấm lấp lắt lỏng lối lủng mã môn nina thầu trời ó
        la đà
        lai căng dắt giống hi hy học kinh láng lịch nhai rai tạo tạp vãng
        lam làm lũ nham
        lan can hương man toả truyền tràn tây
        lang bang ben băm bạt chạ lảng pháp sói tang thang vườn
        lanh chanh lảnh lẹ lẹn lợi tô
        lao công lung lý lực nhao phổi tâm xao đao động
        lau cha chau chùi lách láu nhau nhà
        lay chuyển láy lắt nhay phay động ơn
        le le lé lói te
        lem luốc lém lẻm nha nhem
        len dạ gai lách lén lét lỏi
        leng keng reng
        leo khoeo lét lắt lẻo thang trèo
        li biệt bì dị gián hôn khai kì thân ti tinh tán tâm tô
        lia chia lịa tía
        lim dim
        linh chi cảm cẩu cữu diệu dương giáo hoạt hồn khí kiện miêu mục nghiệm ta thiêng tinh trưởng tính
        linh đan đình động ứng
        liu riu điu
        liêm khiết sỉ
        liên bang bộ can chi cầu danh doanh gia hiệp hoan hoàn hệ hồi hợp khu kết liến luỵ lạc minh miên
        liên ngành nhục quan quân thanh thông tiếp tưởng tịch tục từ vận đoàn đội đới
        liêu xiêu
        liếm gót láp
        liến láu thoắng
        liếp nhiếp
        liền liền tay tù
        liều liệu lĩnh lượng mình mạng
        liểng xiểng
        liệt dương giường kê sĩ tuyến
        liệu chừng cái hồn lao pháp sản thần trình
        lo buồn liệu lót lắng nghĩ ngại phiền sốt sợ toan tính xa âu
        loa kèn loá thùng
        loai choai
        loan báo
        loang loáng lổ toàng
        loanh quanh
        loay hoay
        loe loé
        loen loét
        logic biện hình học toán
        loi choi ngoi nhoi thoi
        lom kha khom lom
        lon ton
        long bong cung diên lanh lóc móng mạch nhãn não tong trọng vương đong đình
        loong toong
        loà nhoà xoà
        loài người
        loàng xoàng
        loá mắt
        loáng quáng thoáng
        loã lồ xoã
        loãng toẹt xương
        loè bịp loẹt xoè
        loăn quăn xoăn
        loăng quăng
        loạc choạc
        loại biệt bỏ hình học màu suy trừ đen
        loạn dâm li luân ly lạc ngôn quân sắc thị trí xạ xị óc đả
        loạng choạng quạng
        loạt soạt
        loả toả
        loảng xoảng
        loắt choắt
        loằng ngoằng
        loẹt quẹt
        lu bu bù dông loa mờ
        lua tua
        lui cui lủi tới
        lum khum
        lung bung lay linh liêng lạc ta tung
        luyến láy tiếc
        luyện kim tập viên
        luân canh chuyển hồi lí lý lưu phiên thường
        luôm nhuôm
        luôn luôn thể tiện
        luông tuồng
        luýnh quýnh
        luẩn quẩn
        luận chiến chứng cương cứ tội viên văn án điểm điệu đoán đề
        luật bài bảo bằng chơi dân gia hành hình học khoa lệ pháp quốc rừng sư tố tục vạn định
        luống cuống tuổi
        luồn cúi lách lọt lỏi
        luồng lạch
        luộm thuộm thà
        luỹ thừa tiến
        ly biệt dị gián hôn khai kỳ loạn thân tinh tán tâm
        là hơi là lượt lạ ngà đà
        lài nhài
        làm biếng bàn bạn bằng bếp bộ cao chay chi chủ chứng công cỏ duyên dáng dấu dầm dữ già giàu giá gì
        làm gương hàng khách khó loạn luật lành lông lơ lẽ lụng ma mai mướn mối ngơ nhục nên nũng phiền
        làm phách phép phúc phước phản quen quà ruộng sao thinh thuê thân thịt tin tiền trò tròn tàng tình
        làm tội tới việc vì vườn xiếc ăn đầu đẹp đỏm đồng ơn ải
        làn lạt sóng thảm điệu đường
        làng chơi mạc nghề nhàng nước xóm
        lành canh chanh lạnh lặn mạnh nghề tính
        lào phào quào rào thào xào
        làu bà bàu nhà nhàu
        lá bắc chét chắn cà cành cải cẩm cờ kép lách lẩu lốt mía mầm nem ngón sen sách toạ đa
        lác mắt đác
        lách ca chách cách nhách tách
        lái xe đò
        lán trại
        láng bóng cháng giềng máng
        lánh mặt né nạn
        láo bố liên lếu nháo toét xược
        lát hoa
        láu cá lỉnh ta táu
        lâm bệnh chung học li luật ly nghiệp nguy nạn phần râm sinh sàng sản sự thâm thời trường trận tặc
        lâm viên
        lân cận la quang tinh
        lâng lâng
        lâu bền dài hoắc la lâu lắc nay nhâu năm đời
        lây dây lan lất nhiễm nhây rây truyền
        lã chã
        lãi gộp lờ ròng suất
        lãn công
        lãng du mạn phí quên tử đãng
        lãnh canh cảm dục hải hội sự thổ tụ vực đạm đạo địa đủ
        lão hoá khoa luyện làng nông suy thành thị tướng
        lè lẹ nhà nhè tè
        lèm bà bèm nhèm
        lèn lẹt
        lèo lá lái nhèo tèo
        lém lỉnh
        lén lút
        léng phéng
        léo hánh nha nhéo xéo
        lép bép kẹp nhép vế
        lê la lết thê
        lên cân cơn dây giọng gáy gân khuôn lão lớp men mặt ngôi nước râu sởi tay thẳng tiếng án đèn đường
        lên đạn đồng đời
        lênh kha khênh láng đênh
        lêu lổng nghêu têu đêu
        lì lợm xì
        lìa bỏ
        lình xình
        lí chiến cổ do gián giải hiện hoá hương hạt học khách kinh la liệu luận lắc lẽ lịch nha nhà nhí phản
        lí sinh số sự thuyết thú trung trí trị trực tuyệt tính tương tưởng từ tự văn đảo
        lích ca chích kích rích
        lính chiến dù thuỷ tráng đánh
        lít nha nhít
        líu díu la lo lô quýu ra ríu tíu
        lò cao chõ chợ cò dò luyện mò mổ rèn sát sưởi vi xo đúc đứng
        lòi dom tói xỉ đuôi
        lòm khòm
        lòn bon
        lòng chảo dạ khòng máng sông thành thòng tong trắng và vòng đen đào đường đỏ
        ló mặt
        lóc cóc ngóc nhóc xóc
        lóm thóm
        lóng ca cóng la lánh nga ngóng nhóng
        lóp ngóp
        lót dạ tay ổ
        lô ba cốt lốc nhô tô xô
        lôi cuốn kéo long thôi đình
        lôm côm lốp
        lông ba bông công hút hồng lá lốc mao mi mày măng nheo nhông quặm tơ vũ
        lõi đời
        lõm bõm
        lõng bõng
        lù khù lù mù rù xù đù
        lùi bước lũi
        lùn tè tịt
        lùng bùng nhà nhùng sục thùng tùng
        lú lấp lẫn nhú
        lúa chét cấy lốc ma má mì mạch nương nước nổi rẫy sạ sớm thu trời xuân
        lúc la lắc lỉu nha nhúc nào
        lúi húi xùi
        lúm đồng
        lún phún
        lúng ba búng la liếng ta túng
        lúp xúp
        lút cút
        lý chiến cổ do dịch gián giải hiện hoá hào hương hạt học khách kinh liệu luận lẽ lịch nhà sinh số sự
        lý thuyết thú trung trí trị trực tuyệt tài tính tương tưởng từ tự văn
        lăm le lăm tăm
        lăn chiêng kềnh lóc lưng lộn quay queo tay tăn xả đùng đường
        lăng kính loàn líu lắc miếu mạ mộ nhăng nhục quăng trì trụ tẩm xa xê xăng
        lĩnh hội vực xướng
        lũ lĩ lượt lụt quét ống
        lũn chũn cũn
        lũng đoạn
        lơ chơ hồng khơ là láo lớ lửng mơ nga ngơ phơ thơ tơ xe đãng đễnh
        lơi lỏng
        lơn tơn
        lưa thưa
        lưng chừng lửng vốn
        lưu ban bút chiểu chuyển cữu danh diễn giữ huỳnh hành học không kí ký li loát luyến ly lượng lạc
        lưu manh nhiệm niên niệm thuỷ thông truyền trú trữ tâm tốc tồn vong vực ý điện động
        lươn khươn lẹo
        lương bổng khoán khô lậu sản thiện thực tri tâm y
        lưới lửa điện
        lướng vướng
        lướp tướp
        lướt mướt sóng tha thướt ván
        lười biếng chảy nhác
        lườm nguýt
        lưỡi câu dao gà không liềm lê trai
        lưỡng chiết cực dụng khả lự phân quyền thê tiêm
        lược bí dày dịch khảo quân thuật thưa
        lượm lặt
        lượn lờ
        lượng biến giác hoá không kế sản thứ tình tỉ tử tỷ vũ
        lượt là thà thượt về đi
        lạ hoắc kì lùng lẫm miệng mắt mặt nhà tai thường đời
        lạc bộ hậu khoản loài lõng nghiệp nhân quan thú tiên điệu đà đề
        lạch bà bạch cà cạch tà tạch xà xạch
        lại gan giống gạo hồn mâm mũi mặt người quả sức
        lạm dụng phát quyền sát thu
        lạng lách ta
        lạnh giá gáy lùng lẽo ngắt như nhạt tanh toát
        lạo xạo
        lạp xường xưởng
        lạt lẽo sạt
        lạu bà bạu
        lạy cả lục tạ
        lả lơi lướt tả
        lải nhải
        lảm nhảm
        lảng tránh vảng
        lảnh lói lót
        lảo đảo
        lảu bảu
        lấc ca cấc láo
        lấm chấm la lem láp lét tấm
        lấn bấn chiếm cấn lướt sân át
        lấp la liếm loá loáng loé lánh láy ló lửng xấp
        lất phất
        lấy có dầu giọng lòng lệ nê rồi được
        lầm bà bầm lì lũi lạc lầm lẫn lỗi lội lỡ lụi rầm than đường
        lần chà chần hồi khân khần lượt lữa mò thần
        lầu bà bầu nhà nhầu
        lầy lội nhầy
        lẩm bà bẩm ca cà cẩm nhẩm
        lẩn khuất lút mẩn quất tha thà thẩn tránh trốn
        lẩu bẩu
        lẩy bà bẩy
        lẫm chẫm liệt
        lẫn cẫn lộn
        lẫy lừng
        lận đận
        lập bập cà công cập dị hiến hạ loè luận là lờ mưu nghiêm nghiệp pháp phương thu thân thể trình
        lập trường tức xuân đông
        lật bật lọng ngược phật tẩy đà đật đổ
        lắc cắc lư rắc đầu
        lắm chuyện mồm điều
        lắng dịu nghe tai đọng
        lắp ba bắp ghép ráp xắp đặt
        lắt la lay léo lẻo nha nhắt
        lằm lặm
        lằng nhà nhằng
        lẳng khẳng lơ lặng nhẳng
        lẵng nhẵng
        lặc lè
        lặn lội
        lặng câm im lẽ lờ ngắt phắc thinh tờ yên
        lặt và vặt
        lẹ làng
        lẹp kẹp xẹp
        lẹt đẹt
        lẻ loi tẻ
        lẻn lút
        lẻng xẻng
        lẻo khoẻo
        lẽ mọn nào phải ra
        lẽo đẽo
        lếch tha thếch
        lết bết
        lếu bố láo
        lề lối mà mề thói đường
        lềnh bềnh phềnh đềnh
        lều bều nghều
        lểu đểu
        lễ bái giáo hội lạt mễ nghi nghĩa phép phục tân vật đài đường độ
        lệ bản bộ làng nghịch phí phần thuận thuộc thức
        lệch lạc
        lệt bệt sệt
        lỉnh ca kỉnh
        lịch blốc bà bịch duyệt kịch lãm pháp phịch sử sự thiệp trình tờ đại
        lọ lem mọ nghẹ nồi
        lọc cọc lõi xọc
        lọm cọm khọm
        lọt lòng lưới tai thỏm
        lỏn lẻn
        lỏng cha chỏng khỏng la lẻo
        lố bịch lăng nhố
        lốc cốc lịch nhốc
        lối quần thoát xóm
        lốm đốm
        lốn nhốn
        lốp ba bốp cốp
        lồ lộ ô
        lồi lõm
        lồm cồm ngồm
        lồng bàn bồng cồng ghép hổng kính lộn lộng ngực tiếng vực ấp
        lổ đổ
        lổm ngổm nhổm
        lổn ngổn nha nhổn
        lổng cha chổng
        lỗ bì chân châu chịu chỗ hổng lã lãi mãng mỗ sĩ vốn đen đáo đít
        lỗi lạc lầm thời
        lộ giới hầu liễu phí thiên trình tẩy xỉ
        lộc cộc ngộc nhung xộc
        lội nước
        lộm cộm
        lộn bạ bậy chồng hột lạo máu mề mửa nhào nhèo phèo ruột sòng tiết tùng xà xộn ẩu
        lộng gió hành lẫy quyền óc
        lộp bà bộp cộp độp
        lột trần tả xác
        lớ ngớ quớ xớ
        lớn bồng bổng khôn lao mạnh phổng tiếng tuổi tướng
        lớp học lang nhớp
        lớt phớt
        lờ lãi lợ mờ ngờ phờ tịt và vờ đờ
        lời bạt giải lãi lẽ lỗ nói toà tựa văn ăn đường
        lờm lợm xờm
        lờn bơn lợt
        lở loét lói mồm sơn
        lởm cha chởm khà khởm
        lởn vởn
        lỡ cỡ duyên dở làng lầm lời ra thì đường
        lợi dụng hại khí lộc nhuận niệu phẩm suất thế tiểu tức ích điểm
        lợm giọng
        lợn bột cà cấn cợn dái gạo hạch lòi nái rừng sề sữa thịt ỉ ỷ
        lợt lạt
        lụ khà khụ
        lụa là đậu
        lục bát bình bục chiến cục giác lạc lạo lọi phủ quân soát soạn sục tố tục vấn địa đục
        lụi cụi hụi
        lụm cụm
        lụn bại vụn
        lụng thà thụng
        lụp bụp chụp xụp
        lụt cụt lội
        lủ khủ
        lủi thủi
        lủng ca cà củng la liểng lẳng
        lứa đôi
        lừ khừ lừ thừ đừ
        lừa bịp dối gạt lọc mị phỉnh đảo
        lừng chừng danh khà khừng lẫy lững
        lử cò khử thử đử
        lửa trại vũ đường đạn
        lửng dạ khửng lơ
        lữ đoàn
        lững chững lờ thững
        lựa chọn
        lực học kế lưỡng lượng sĩ
        lựu pháo đạn
        ma chay cà cô dút giáo gà két lanh lem lực men mãnh mút mị mộc nơ quái quỉ quỷ sát thuật trơi trận
        ma tuý tơ vương xó ăn
        mai gầm kia mái mỉa mối mốt một phục sau táng đây
        man di dại mác mát rợ trá
        mang bành chủng máng tai tiếng
        manh mún mối nha tràng tâm động
        mao căn dẫn mạch quản
        mau chóng lẹ miệng mắn mồm nước
        may công mà mắn mặc ra rủi sao so sẵn vá ô đo
        me đất
        men sứ
        meo cau
        minh bạch hoạ khí mẫn oan sa thư tinh xác xét
        miên man
        miêu tả
        miếu mạo đường
        miền ngược xuôi
        miễn cưỡng dịch giảm là nghị nhiễm nhiệm phí sao thứ trách trừ tố
        miệng hến lưỡi lỗ tiếng ăn
        miệt mài thị vườn
        mo cau nang then
        moi móc
        mon men
        mong chờ manh muốn mỏi ngóng nhớ đợi ước
        mua buôn bán chuộc dâm gom lẻ sắm sỉ việc vui độ
        mum múp
        mung lung
        muôn muốt nghìn ngàn năm thuở trùng tâu vàn đời
        muông thú
        muối acid bỏ khoáng mè mặt mỏ tiêu vừng ăn
        muỗi mắt
        muộn màng mằn phiền
        mà chẳng lại lề nói
        mài dũa giũa mại
        màn bạc gió gọng hiện hình kịch ảnh
        màng cứng kính lưới màng mạch nhĩ nhầy nhện tang trinh tế võng xương ối
        mành mành
        mào gà đầu
        màu bột da keo mè mỡ nhiệm nước phấn sắc
        mày mò ngài đay
        má bánh mì phanh
        mách bảo lẻo nước qué
        mái chèo dầm ghẹ hiên hắt nhì tóc vẩy đẩy
        máng xối
        mánh khoé lới mung
        mát dạ dịu lành lòng mắt mặt mẻ ruột rười rượi rợi tay tính
        máu cam chó dê ghen huyết khô lửa me mê mặt mủ nóng tham thịt trắng vịt
        máy bay bào bơm bộ bừa chiếu chém chủ chữ cày cái cán công cấy doa fax ghi gia giặt gặt hút hơi in
        máy khoan khách khâu kéo liên lạnh may móc nhắn nổ phay phát quay quét rửa sấy tay thu tiện tính vi
        máy xay xúc điều điện ảnh ủi
        mâm bồng cặp pháo xôi
        mân mê
        mâu thuẫn
        mây khói mù xanh
        mã cân hiệu hoá lực não số thượng thầy tiên tiền tấu vạch đề
        mãi lộ mãi
        mãn khai kinh kiếp nguyện nhiệm tính
        mãng cầu xà
        mãnh hổ liệt thú
        mè hoa nheo xửng
        mèo mun mướp nhị tam
        méo mó mặt xẹo xệch
        mép dê
        mét khối vuông
        mê chết cung cuồng hoặc hồn li ly lú lộ man muội mải mẩn mệt ngủ say sảng tín tít tơi đạo đắm
        mên mến
        mênh mang mông
        mì chính gối thánh ăn
        mìn lõm muỗi định
        mình mẩy
        mía chi de lau đỏ
        mít dai mật ráo tinh tịt tố đặc ướt
        mò kim mẫm
        mòn mỏi vẹt
        mòng két mọng
        mó máy tay
        móc cua câu hàm kép miếng máy ngoặc nối túi xích đơn
        móm mém xều
        móng giò guốc lợn ngựa rồng
        mô hình phạm phật phỏng tê típ tô tơ tả
        môi giới sinh trường
        môn bài giáo hoá học phái
        mông lung muội má mênh mốc quạnh
        mõm chó nhái sói
        mù chữ khơi loà màu mịt mờ quáng tăm tạt tắp tịt u
        mùa màng vụ
        mùi gì mẫn mẽ soa vị
        mùn cưa
        mùng quân tơi
        múa lân may mép mỏ rối sư
        múi cầu giờ khế
        múm mím
        múp míp
        măng ca cụt le non rô sét sông sữa tây tô đá
        mĩ cảm dục học kí lệ miều mãn nghệ nhân phẩm quan thuật tục viện
        mũ bảo bịt chào cát lưỡi mãng mấn ni nồi phớt tai
        mũi dãi dùi nhọn tên đất
        mũm mĩm
        mơ hồ màng mộng ngủ tuya tưởng ước
        mơi mới
        mơn man mởn trớn
        mưa bay bom bóng bụi dầm gió lũ ngâu nắng phùn rào rươi tuyết đá
        mưu chước cơ cầu hại kế lược mô mẹo sinh sách sát toan trí trưởng tính đồ
        mươi tết
        mươn mướt
        mương máng
        mướp hương tây đắng
        mướt mát mượt mồ
        mười giờ mươi
        mườn mượt
        mường tưởng tượng
        mượn mõ
        mượt mà
        mạch chủ lươn lạc máu môn ngầm nha sủi tích vành
        mại bản dâm hoá điện
        mạn phép đàm
        mạng công cục diện dân giải hoá kĩ kỹ lưới mỡ nhện sườn toàn tư vô văn xanh xã
        mạnh bạo dạn giỏi khoẻ miệng mẽ mồm tay thường
        mạo danh hiểm học nhận từ
        mạt chược cưa hạng kiếp kỳ sát vận đời
        mải miết mê mốt
        mảnh bát cộng dẻ khảnh mai
        mảy may
        mấp máy mé mô
        mất công cắp dạy giá gốc hút hồn lòng mát mùa mạng mặt ngủ nết sức toi trí trắng trộm tích tăm vía
        mấu chốt
        mấy ai chốc khi lại mươi nỗi đời
        mầm mống non
        mần thinh trầu
        mầu mè mẽ mỡ nhiệm sắc
        mầy mò
        mẫn cán cảm
        mẫu giáo hệ mã mực quyền số ta tây tử vật đơn
        mận cơm hậu tam
        mập mạp mờ ù ú
        mật báo danh hiệu khẩu lệnh mã ngữ nhà ong thiết thám thư vụ đàm độ ước
        mậu dịch
        mắc coọc cạn cỡ cửi kẹt lỡm lừa mưu mỏ mớ mứu áo
        mắm cái kem muối nhỉ nêm tép tôm
        mắng chửi mỏ nhiếc
        mắt bão bồ cua cá cáo gió hột kính mũi phượng thần trâu xanh xích ếch
        mằn mặn thắn
        mặc cả cảm dù dầu kệ lòng nhiên niệm sức thây tình xác ý định
        mặn chát miệng mà mòi nồng
        mặt biển bằng chữ cân cầu cắt dày hàng khác mo mày mũi mẹt người nón nước nạ phẳng phố số tiền trái
        mặt tròn trăng trận trời trụ đường đất đối
        mẹ ghẻ kiếp kế mìn đẻ đỡ
        mẽ gì
        mếch lòng
        mến mộ phục thương yêu
        mếu máo
        mề gà đay
        mềm dẻo lòng lũn môi mại mỏng nhũn yếu
        mền mệt
        mệnh danh giá hệ luận lệnh toàn trời đề
        mệt lử mỏi nghỉ nhoài nhọc xác
        mỉa mai móc
        mị dân
        mịn màng
        mịt mù mùng
        mọc sừng
        mọi khi rợ
        mọt dân gông ruỗng sách
        mỏ cặp hàn lết neo nhát quạ vịt ác
        mỏi mòn mắt mệt
        mỏng dinh dính manh môi mảnh tai tang tanh
        mốc giới hoa meo thếch xì
        mối hàng lái manh
        mống cụt
        mồ cha côi hóng hôi ma mả
        mồi chài
        mồm long mép độc
        mồn một
        mồng thất tơi
        mổ cò xẻ
        mỗi một tội
        mộ chí táng điệu đạo
        mộc bản hương lan mạc nhĩ tuyền
        mộng du mơ mẹo mị tinh tưởng âm ước ảo
        một bề chiều chút chạp cách cái cục hai hơi khi lá lèo lòng mình mạch mực nỗi phép số thể tí tẹo vài
        một ít đôi
        mớ đời
        mới coong cứng khự lạ mẻ phải rồi tinh toanh đây đó đầu
        mớm cung
        mớn nước
        mờ mịt nhạt ám đất ảo
        mời chào gọi mọc thầu
        mở cờ cửa hàng mang miệng màn mắt mặt rộng thầu toang đường đầu
        mỡ chài cơm gà khổ lá màng máy phần sa
        mụ mẫm mị vườn
        mục kích lục nát ruỗng sư sở tiêu từ đích
        mụn nhọt
        mủ mỉ
        mủi lòng
        mủm mỉm
        mức nước sống độ
        mừng công hụt quýnh rơn rỡ thầm tuổi
        mửa mật
        mực thước tàu
        mỹ cảm dục học kí lệ miều mãn nghệ nhân nữ phẩm quan thuật tục viện
        na khúm mô ná núng
        nai lưng nịt
        nam ai bán bình cao châm cực giới mô nữ sài trung trầm tính tước vô ái
        nan giải hoa y
        nanh nọc sấu vuốt ác
        nao nao núng nức
        nay mai
        nem chua chạo lụi nép rán rế tai
        neo bấn đơn
        nga lóng lơ ngúng ngấp ngất ngủng
        ngai ngái
        ngan ngát
        ngang bướng cành dạ dọc hàng ngược ngạnh ngửa nhiên tai trái tàng
        ngao du ngán
        ngay cán lưng lập ngáy ngắn râu thật thẳng tắp tức
        nghe chừng lóm lỏm ngóng nhìn ra đâu
        nghi binh hoặc kị kỵ lễ ngút ngại ngờ thức trang trượng vấn vệ
        nghiêm chỉnh cấm khắc lệnh minh mật nghị ngặt trang trị trọng túc
        nghiên cứu
        nghiêng mình nghé ngó ngả ngửa
        nghiến ngấu
        nghiền ngẫm
        nghiễm nhiên
        nghiệm số thu đúng
        nghiện hút ngập
        nghiệp báo chướng dư hoá nhẹ nặng sinh vụ đoàn
        nghiệt ngã
        nghèn nghẹn nghẹt
        nghèo hèn khó khổ nàn rớt túng xác đói
        nghênh chiến ngang ngáo
        nghêu ngao
        nghìn nghịt thu trùng xưa
        nghĩ bụng lại ngợi suy
        nghĩa bành bá bóng bôn bảo chủ chủng cá cơ cải cấp cổ cộng cử dada duy dân giáo hiện hiệp hoài hình
        nghĩa hư học khách khí khắc kinh là lãng lí lý lập marx nhân phát quan quân quốc sion siêu sô tam
        nghĩa thuần thần thực trang trực tình tư tương tượng tự vị vụ xã xét yêu đen đế địa ấn
        nghẹn cứng ngào đòng ứ
        nghẹt thở
        nghề nghiệp ngỗng tự đời
        nghền nghệt
        nghềnh nghệch
        nghể răm
        nghễnh ngãng
        nghễu nghện
        nghệ cao di học nhân phần phẩm sinh sĩ sạch thuật thông tri xanh
        nghỉ chân dưỡng hè mát ngơi phép tay việc
        nghị bàn luận lực quyết sĩ sự trường viện án định
        nghịch biến cảnh lí lý ngợm nhĩ phách đảo
        ngo ngoe
        ngoa dụ ngoắt
        ngoan cường cố ngoãn đạo
        ngoay ngoáy ngoảy
        ngoe ngoảy nguẩy
        ngoen ngoẻn
        ngoi ngóp
        ngon giấc lành miệng mắt ngót ngọt xơi ăn ơ
        ngong ngóng
        ngoài giá luồng lề miệng mặt ra tai trời
        ngoáo ộp
        ngoéo tay
        ngoại biên công cảm cảnh cỡ diên giao hình hạng hối khoa khoá kiều lai lệ lực ngữ nhập pháp phạm
        ngoại sinh suy thành thương thất tiếp tiết trú trưởng trừ tuyến tình tệ tỉ tỉnh tộc tỷ vi văn vụ xâm
        ngoại ô đạo động
        ngoạn cảnh mục
        ngoắt ngoéo
        ngoằn ngoèo
        ngoằng ngoẵng
        ngoặc kép tay vuông đơn
        ngoặt ngoẹo
        ngu dại dốt muội ngơ ngốc si tối xuẩn đần độn
        nguy biến cơ cấp hiểm hại khốn kịch nan nga ngập
        nguyên bản canh chất cáo cớ do dạng hình học khai khí liệu luận lành lí lý mẫu ngữ nhân niên phát
        nguyên quán sinh soái sơ thuỷ thủ tiêu trạng tác tắc tố tử văn vật vẹn vị xi âm đán đại động
        nguyền rủa
        nguyện vọng ước
        nguyệt lão quế san thực
        nguây nguẩy
        nguôi ngoai quên
        nguệch ngoạc
        nguồn cơn cội gốc lực
        nguội lạnh ngắt tanh
        nguỵ binh biện lí quyền quân trang tạo vận
        ngà ngà ngập voi
        ngài ngại
        ngàn ngạt thu trùng xưa
        ngành dọc hàng nghề ngọn
        ngào ngạt
        ngày càng công giờ kia kìa mai mùa một nay ngày rày sau sinh tháng tiết trước xưa đêm đường
        ngái ngủ
        ngán ngẩm
        ngáng trở
        ngáo ộp
        ngâm khúc nga ngẩm tôm vịnh
        ngân hà hàng khoản khố nga ngấn ngất phiếu quĩ sách vang
        ngây dại ngô ngất ngấy thơ đờ
        ngã bệnh giá lòng ngũ ngửa nước độc
        ngòi bút nổ
        ngòn ngọt
        ngó nghiêng ngoáy ngàng
        ngóc ngách
        ngói bò chiếu móc mấu ta âm
        ngón cái giữa nghề trỏ áp út
        ngóng chờ trông đợi
        ngót dạ nghét
        ngô nghê ngố đồng
        ngôi sao thứ vị
        ngôn bát luận ngữ từ viên
        ngông cuồng nghênh
        ngõ cụt hẻm ngách
        ngù ngờ
        ngùi ngùi
        ngùn ngụt
        ngúc ngắc
        ngúng nga nguẩy
        ngút ngàn
        ngăm ngăm
        ngăn chặn cách cản cấm kéo ngắn ngắt ngừa nắp trở
        ngũ cung cúng cốc gia giác giới hành kim kinh liên luân ngôn phúc quan quả sắc tạng vị âm
        ngơ ngác ngáo ngơ ngẩn
        ngơi nghỉ ngớt
        ngơn ngớt
        ngư cụ dân hộ long lôi nghiệp trường
        ngưa ngứa
        ngưng nghỉ trệ tụ đọng
        ngưu tất
        người bệnh bị dưng hùng làm lớn máy mẫu ngoài người ngợm nhà nhái phát quản rừng ta thân thương tình
        người vượn xưa yêu đời
        ngường ngượng
        ngưỡng cửa mộ vọng
        ngược lại ngạo xuôi đãi đời
        ngượng mặt mồm nghịu ngùng ngập
        ngạc nhiên
        ngạch bậc
        ngại ngùng vật
        ngạn ngữ
        ngạo mạn nghễ ngược
        ngạt mũi
        ngả lưng nghiêng ngốn ngớn vạ
        ngải cứu
        ngấm nguýt ngầm
        ngấp nga nghé
        ngất nga nghểu ngây ngư ngưởng trời xỉu
        ngấu nghiến
        ngầm ẩn
        ngần ngại ngừ
        ngầy ngà ngậy
        ngẩn ngơ ngẩn tò
        ngẫm nghĩ ngợi
        ngẫu hứng lực nhiên
        ngậm bồ hột miệng ngùi nước sữa tăm
        ngập chìm lụt mặn ngà ngụa ngừng tràn úng đầu
        ngật ngưỡng
        ngậu xị
        ngắc ngoải ngứ
        ngắm nghía vuốt
        ngắn gọn hạn ngủi ngủn tun
        ngắt quãng điện
        ngằn ngặt
        ngặt một nghèo nghẽo
        ngọ ngoạy nguậy
        ngọc bích hoàng lan ngà phả thạch trai
        ngọn nguồn ngành
        ngọng nghịu
        ngọt bùi lịm lừ ngào nhạt sắc xớt
        ngỏn ngoẻn
        ngốc nghếch
        ngốn ngấu
        ngồ ngộ
        ngồi bó bệt chồm dãi không phệt thiền tù xếp xổm đồng
        ngồm ngoàm
        ngồn ngộn ngột
        ngổ ngáo
        ngổn ngang
        ngỗ nghịch ngược
        ngỗng trời
        ngộ nghĩnh nhận sát độc
        ngộc nghệch
        ngột ngạt
        ngớ ngẩn
        ngờ nghệch ngạc ngợ vực đâu
        ngời ngời ngợi
        ngờm ngợp
        ngỡ ngàng
        ngợi ca khen
        ngụ cư ngôn ý
        ngục tù
        ngụp lặn
        ngủ gà gật khì lang mê nghê ngáy đông đậu
        ngủng nga nghỉnh ngẳng
        ngứa gan miệng mắt mồm nghề ngáy tai tay tiết
        ngừng bắn nghỉ trệ
        ngửa tay
        ngữ cảm cảnh hình hệ học khí liệu lập máy nghĩa pháp tự văn âm điệu đoạn đánh
        ngự trị
        ngựa bạch bất chiến chứng hồng nghẽo phản trời tía vằn ô
        nha chu khoa lem léo lí lít lúc lắt lổn nhí nhõng nhũng nhấp nhớn nhởn
        nhai lại nhải
        nham hiểm nháp nhảm nhở thạch
        nhan nhản sắc đề
        nhang khói
        nhanh chóng nhách nhạy nhảu nhẩu nhẹn trí
        nhao nhao
        nhay nháy
        nhem nhuốc nhép nhẻm thèm
        nhen nhóm nhúm
        nheo nhéo nhóc
        nhi hạ khoa nhí đồng
        nhinh nhỉnh
        nhiên chủ học liệu
        nhiêu khê
        nhiếc móc
        nhiếp ảnh
        nhiều nhặn
        nhiễm bệnh khuẩn sắc thể trùng từ xạ điện độc
        nhiễu loạn nhương sự
        nhiệm hữu kì kỳ mầu thư vụ
        nhiệt dung hoá huyết hạch học kế liệt luyện lượng năng thành thán tâm tình điện độ động đới
        nho giáo học nhoe nhã nhỏ
        nhoang nhoáng
        nhoay nhoáy
        nhoe nhoét
        nhoen nhoẻn
        nhoi nhói
        nhon nhón
        nhong nhong nhóng
        nhoáng nhoàng
        nhoè nhoẹt
        nhu cầu mì nhú nhược quyền yếu động
        nhun nhũn
        nhung kẻ lụa nhúc nhăng
        nhuần nhuyễn nhị
        nhuận bút tràng trường ảnh
        nhuếnh nhoáng
        nhuệ khí
        nhuốm bệnh
        nhà buôn báo bè bạt bếp chung chùa chọc chứa chức cái cầu cửa doanh dòng ga giam giáo gái hàng hát
        nhà hộ in kho khách kinh kính lao lành làu lè lùng lầu lằng lồng may máy mồ ngang nghề nghỉ nguyện
        nhà nhà nhùng nhập nòi nông nước quê riêng rông rường sàn sách sư thi thuyền thuốc thơ thầu thờ trai
        nhà trường trẻ trệt trọ tu táng tình tù tư tạo tầng tập tắm vua văn vườn vệ xe xuất xác xí xưởng ăn
        nhà điều đá đám đất ống ổ
        nhàm chán tai
        nhàn hạ nhã nhạt rỗi tản đàm
        nhàng nhàng
        nhào lộn nặn
        nhàu nát
        nhày nhụa
        nhá nhem
        nhái bén
        nhám sì
        nháo nhào nhác
        nhát gan gái gừng
        nháy mắt nháy đúp
        nhâm nhi nhẩm
        nhân bản chủ chủng chứng cách công danh duyên dân dạng dịp gian giống hoà hoá hậu khẩu kế loại luân
        nhân lực mãn mạng nghĩa ngôn nhượng nhẩn phẩm quyền quí quý quả sinh sâm sư sự thân thế thể thọ tiện
        nhân trung trần trắc tài tâm tình tính tạo tố từ viên văn vật vị ái ông điện đạo đức ảnh
        nhâng nháo
        nhây nhớt
        nhã nhạc nhặn ý
        nhãi con nhép ranh
        nhãn cùi cầu hiệu lồng lực mác nước quan tiền vở
        nhão nhoét nhoẹt
        nhè nhẹ
        nhèo nhẹo nhẽo
        nhì nhèo nhằng
        nhìn chung nhận xa
        nhí nha nhách nhảnh nhố
        nhòm ngó nhỏ
        nhòn nhọn
        nhóc con nhách
        nhóm họp
        nhôm nhoam
        nhôn nhốt
        nhõng nha nhẽo
        nhùn nhũn
        nhùng nhà nhằng
        nhúc nhích nhắc
        nhún mình nhường nhảy nhẩy vai
        nhúng tay
        nhút nhát
        nhăm nhăm
        nhăn nheo nhó nhúm nhở răng
        nhăng cuội nhít nhẳng
        nhĩ châm
        nhũ hương tương đá
        nhũn nhặn nhẽo não xương
        nhũng nha nhiễu nhẵng
        nhơ bẩn nhuốc nhớ nhớp
        nhơm nhớp
        nhơn nhơn
        như ai bèo bưng chơi hến không nhứ rằng thường thể tiền tuồng vâm ý điên
        nhưng mà nhức
        nhường bước lời nhịn
        nhưỡng học
        nhược thần điểm
        nhượng bộ địa
        nhạc công cảnh cụ giao hiệu khí khúc kịch lí lý lễ nhẹ phẩm sĩ sống thính trưởng tài tính viện vàng
        nhạc điện điệu đỏ đồng
        nhạo báng
        nhạt nhoà nhẽo phèo thếch
        nhạy bén cảm
        nhả nhớt
        nhải lài
        nhảm nhí
        nhảu đoảng
        nhảy bổ cao chân cà cóc cầu cẫng cỡn dây dù dựng múa mũi nhót sào tót vọt xa xổ ổ
        nhấm nháp nhẳn
        nhấn chìm mạnh nhá
        nhấp giọng nha nhem nhoá nhoáng nhánh nháy nhô nhỏm nhổm
        nhất hạng loạt là mực nguyên nhất quyết quán thiết thần thể thời trí tề định
        nhầm lẫn
        nhần nhận
        nhầu nhĩ nát
        nhầy nhụa
        nhẩn nha
        nhẩu đoảng
        nhẩy bổ cao cóc cầu cẫng dây dù dựng múa nhót sào vọt xa xổ đầm ổ
        nhẫn cưới nhịn nhục nại tâm
        nhậm chức
        nhận biết chân diện dạng lời mặt thầu thức thực vơ xét định
        nhập cuộc cư cảng cảnh cục học khẩu môn ngoại ngũ nhoà nhoè nhoạng nhà nhèm nhằng nội quan quốc siêu
        nhập thuần thế tràng trường tâm tịch vai viện đề định
        nhật báo bản kí ký lệnh thực tụng ấn
        nhậy bén cảm
        nhắc chừng nhỏm nhở nhủ vở
        nhắm mắt nghiền nhía
        nhắn gửi nhe nhủ tin tìm
        nhắng nhít
        nhằng nhằng nhẵng nhịt
        nhẵn lì mặt nhụi thin thín túi
        nhặm lẹ
        nhặng xị
        nhặt nhạnh
        nhẹ bỗng dạ gánh hẫng kí lời nhàng nhõm nợ tay thênh tênh
        nhẽo nhèo
        nhếch nhác
        nhếu nháo
        nhễ nhại
        nhị cái diện hỷ nguyên phân thể thức đực
        nhịn nhục đói
        nhịp nhàng điệu độ
        nhọ mặt nhem nồi
        nhọc lòng nhằn
        nhọn hoắt
        nhọt bọc
        nhỏ bé con dại giọt lẻ mọn nhen nhoi nhít nhắn nhặt nhẹ nhẻ thó to tuổi xíu yếu
        nhố nhăng
        nhốn nháo
        nhồi lắc nhét sọ
        nhồm nhoàm
        nhồn nhột
        nhổ neo
        nhộn nhạo nhịp
        nhột nhạt
        nhớ chỉ mong ngoài nhung sơ thương tiếc trong truy đời
        nhớn nha nhác
        nhớp nháp nhúa
        nhớt kế nhát
        nhờ cậy nhờ nhỡ vả
        nhờn nhợt
        nhởn nha nhơ
        nhỡ bước nhàng ra
        nhỡn lực tiền
        nhợt nhạt
        nhục cảm dục hình kế mạ nhã nhằn thể
        nhủng nhẳng
        nhức nhối óc
        nhừ tử đòn
        nhừa nhựa
        những ai tưởng
        nhựa hoá mủ sống đường
        ni cô sư trưởng
        ninh ních
        niêm dịch luật mạc phong yết
        niên biểu giám hiệu hạn khoá kiện kỉ kỷ sử thanh thiếu vụ đại
        niết bàn
        niềm nở
        niềng niễng
        niệm tình
        niệu quản đạo
        no nê tròn đủ ấm
        nom dòm
        non bộ choẹt gan kém nước nớt sông tay trẻ yếu
        nong nóng
        nung mủ núc núng nấu đúc
        nuôi báo béo bộ cấy dưỡng nấng thả trồng
        nuông chiều
        nuối tiếc
        nuốt chửng lời sống trộng
        nuột nà
        nài nỉ xin ép
        nàng bân thơ
        nào hay là mà ngờ
        này khác nọ
        ná thun
        nái sề
        náo loạn nhiệt nức động
        náp cày
        nát nước rượu óc
        nâng cấp cốc giá giấc niu đỡ
        nâu non sồng
        não lòng nuột nùng nề đồ
        nãy giờ
        né tránh
        ném tạ đĩa
        nén lòng
        nên chăng người thân thơ
        nình nịch
        nín bặt khe lặng nhịn thin thinh thít
        níu kéo áo
        nòi giống
        nòng cốt nọc
        nó thế
        nói bóng chung chuyện chơi chặn chữ cạnh của cứng dóc dối gay gì gở khoác kháy khéo khó leo láo lóng
        nói lảng lắp lối lửng mát mép mê mò móc ngang ngoa ngọt nhịu nhỏ năng phách phét quanh riêng suông
        nói sõi sảng thách thánh thầm thẳng toạc toẹt trạng trắng trống trổng trộm tóm tướng tục vuốt vụng
        nói xàm xấu xỏ điêu đúng đầu đớt
        nón ba bài chóp cụt dấu mê quai tu
        nóng bỏng bức chảy giận gáy hôi hổi lòng lạnh mắt mặt nảy nẩy nực ruột rực sốt tiết tính vội ăn
        nô dịch giỡn lệ nức tỳ đùa
        nôm na
        nôn mửa nao nóng
        nông binh choèn choẹt cạn cụ dân dược giang học hộ lâm lịch nghiệp ngư nhàn nô nổi nỗi phẩm sản thôn
        nông trang trường trại
        nõn nà
        núc nác ních
        núi băng lửa non rừng sông
        núng na nính
        núp bóng
        năm ba bảy dương học kia ngoái tháng thân tuổi ánh âm
        năn nỉ
        năng khiếu lượng lực nổ suất động
        nũng nịu
        nơ canh
        nơi nơi nới
        nơm nớp
        nương nhẹ nhờ náu rẫy tay tựa
        nước bọt chè chín chạt chấm cản cất cốt cứng da dãi dùng giải gạo gội hoa hàng javel javen khoáng
        nước kiệu lã lèo lạnh lọc lớn lợ miếng màu máy mũi mắm mắt mặn mẹ mềm ngoài ngầm ngọt nhà non nôi
        nước nặng phép ròng rút rửa sạch thánh thải tiểu trắng tuyệt xuýt xáo xốt ót ăn đá đái đôi đại độc
        nước ối
        nườm nượp
        nạ dòng
        nạn nhân
        nạo thai vét
        nạt nộ
        nản chí lòng
        nảy lửa nòi nở sinh
        nấc cụt
        nấm hương men mèo mốc mỡ rơm sò
        nấn ná
        nấp bóng
        nấu bếp nung nướng ăn
        nần nẫn
        nẫng tay
        nẫu ruột
        nậu vựa
        nắc nẻ
        nắm bắt đấm đằng
        nắn gân nót
        nắng lửa mưa nóng nôi nực quái ráo xiên
        nằm bẹp khoèo khàn khểnh lòng mê mơ vùng vạ xuống ổ
        nằn nì
        nằng nặc nặng
        nặc danh nô
        nặn chuyện óc
        nặng gánh kí ký lãi lòng lời mùi nhọc nề nợ tai tay trình trĩu trịch tình è
        nếm trải
        nến đánh
        nếp con cái cẩm tẻ
        nết na
        nếu mà như
        nề hà nếp
        nền móng nã nếp tảng
        nể mặt nang sợ trọng vì
        nệ cổ
        nỉ non
        nịnh bợ hót nọt đầm
        nịt vú
        nọc nạng độc
        nỏ miệng mồm
        nốc ao
        nối dõi ghép gót khố kết liền mạng nghiệp ngôi tiếp đuôi đất
        nốt nhạc ruồi tròn trắng đen
        nồi chõ cơm hơi hấp hầm niêu supde áp
        nồng cháy hậu nhiệt nàn nã nặc nỗng nực thắm đượm độ ấm
        nổ chậm cướp dân súng
        nổi bật cáu cộm danh dậy giận khùng loạn nóng sùng tam tiếng trội xung đình
        nỗ lực
        nỗi lòng niềm
        nộ khí
        nội biến bộ chiến chính các công dung gián hoá hàm hạt khoa khoá lực nhật qui quy san sinh soi thuộc
        nội thành thương thất tiếp tiết trú trợ tâm tình tại tệ tỉnh tộc vụ xâm y đô địa đồng động ứng
        nới tay
        nờm nợp
        nở hậu nang rộ
        nỡ nào
        nợ máu nần đìa đọng đời
        nụ áo
        nục nạc
        nứa ngộ tép
        nức lòng nở tiếng
        nứt mắt nanh nẻ rạn toác
        nửa buổi chừng mùa tối vời đêm đời
        nữ cao chúa công giới hoàng sinh thần trang trung trầm tính tướng tỳ
        nữa là
        nực cười nội
        nựng nịu
        o bế o ép
        oa oa
        oai hùng nghiêm oái phong vệ
        oan gia hồn khuất khổ nghiệt trái uổng ức
        oang oang oác
        oanh liệt tạc
        oe oe oé
        ohm kế
        oi bức khói ngột ả
        om sòm
        ong bò bầu bắp chúa mật nghệ ong ruồi thợ vàng vò vẽ óng
        oàm oạp
        oành oạch
        oái oăm
        oán ghét giận hận hờn thán trách
        oắt con
        oằn oại
        oặt ẹo
        pha chế lê phất trò trộn tạp
        phai lạt mờ nhạt
        phanh phui phách thây
        phao câu tiêu đồn
        phau phau
        phe cánh phái phẩy
        phi chính công cơ hành kim lao lê lí lý mã nghĩa ngựa nhân phàm pháo pháp quân tang thường tiêu vụ
        phi đao đoàn đội
        phim con câm hoạt nhựa nổi thời truyền truyện trường tài video đèn ảnh
        phin nõn
        phinh phính
        phiên bản chuyển dịch hiệu phiến thiết toà âm
        phiêu bạt diêu dạt lãng lưu
        phiếm chỉ thần
        phiến diện loạn lá
        phiếu trắng
        phiền hà luỵ lòng muộn nhiễu phức toái
        pho mát
        phong ba bao bì cách cảnh cầm dao hoá hàn kiến kế lan lưu mĩ mỹ nhã phanh phú quang thanh thuỷ thái
        phong thấp thổ toả trào trần tình tặng tục vị độ
        phu la nhân
        phum sóc
        phun lửa
        phung phá phí
        phà phập
        phàm tục ăn
        phàn nàn
        phành phạch
        phá bĩnh bỏ cách cỗ giá giới hoang hoại huỷ hại khẩu lưới ngang nước phách quấy rào rối sản thai
        phá thối vây án đám
        phác hoạ thảo đồ
        phách lác lối
        phái mạnh sinh viên yếu đoàn đẹp
        phán quyết xét xử đoán
        pháo binh bông cao cối dây hiệu hoa hạm kích lệnh phòng sáng thuyền thăng thủ tép tự xiết đài đùng
        pháp bảo chế danh hoá học luận luật lí lý lệnh nhân qui quy quyền quốc sư trường trị tuyến y định
        phát ban biểu bóng dục giác hiện hoả huy hành lộ minh mại ngôn nổ quang sinh sóng tang thanh tiết
        phát triển tài tác tán tích tướng vãng xít xạ âm điểm điện đơn đạt động
        phân ban biệt bua bì bón bắc bố bổ chia chuồng chất cách câu công cấp cục cực giác giải giới hiệu
        phân hoá huỷ hạch hạng hội hữu kali khoa khoáng khối kì kỳ li liệt loại luồng ly lân lèn lượng lập
        phân minh mục nhiệm nửa phát phất phối quyền rác rã số thân thế thức trần tách tán tâm tích tươi tử
        phân vai vi viện vân vô vùng xanh xã xét xưởng xử đoàn đoạn đạm định độ đội ưu
        phây phây phẩy
        phè phè phỡn
        phèn chua phẹt
        phèng la
        phéc mơ
        phép biện hài kéo siêu thuật toán tính tắc đối
        phét lác
        phê bình chuẩn duyệt phán
        phì cười nhiêu nộn phà phèo phò phạch phị
        phí hoài lù lưu phạm sản tổn
        phòng ban bệnh bị chống dịch gian hoả hộ khám khánh không mạch ngừa ngự phẩm the thân thí thường thủ
        phòng tránh trừ tuyến vệ xa ốc
        phó giáo lãnh mặc nháy phòng thác thường tiến tổng từ văn
        phóng dân hoả khoáng quân sinh sự tay thanh thích tác túng uế viên xạ điện đãng đại
        phô bày bầy diễn mai phang trương
        phôi bào pha sinh thai
        phôm phốp
        phông chữ nền
        phù du dung dâu hiệu hộ hợp kế nề phiếm phép rể sa thuỷ thũng trợ voi điêu
        phùn phụt
        phùng phìu
        phú quí quý
        phúc hậu khảo kiểm lợi mạc thẩm tra trình âm đáp đức
        phún thạch
        phúng dụ phính viếng
        phút chốc giây
        phăm phăm phắp
        phăng phăng phắc teo
        phũ phàng
        phơi bày màu phóng phới thây áo
        phơn phớt
        phưng phức
        phương châm chủ cách diện hoá hướng hại kế ngữ phi pháp sai sách thuốc thức tiện trình trượng tích
        phương án
        phường bát chèo
        phượng hoàng tây vĩ
        phạm chiến học luật nhân pháp phòng qui quy trù tội vi
        phạt góc vạ đền
        phải biết bả chi chăng cái gió lòng nói quấy trái tội đũa
        phản biện bác bội chiến chiếu chủ chứng cung cách công cảm diện gián giáo hồi khoa kháng kích loạn
        phản lực nghĩa nhau phong pháo phúc quang quốc thuyết thí thùng trắc tuyên tác vệ xạ ánh đế đề đối
        phản động ảnh ứng
        phảng phất
        phấn chấn khích khởi nhân rôm son đấu
        phấp phỏng phới
        phất pha phơ trần
        phầm phập
        phần cứng hoá lớn mềm nhiều nào phật phụ thưởng trăm tử đông
        phẩm chất cách cấp giá quốc xã
        phẩy tay
        phẫn chí khích nộ uất
        phẫu học thuật
        phận quốc sự
        phập phà phù phều phồng
        phật bà giáo học lòng pháp thủ tổ tử ý đài đản
        phẳng lì lặng phiu
        phế binh bào bỏ liệu nang phẩm quản thải truất tích
        phề phệ
        phều phào
        phỉ báng nhổ phui
        phỉnh mũi nịnh phờ
        phọt phẹt
        phỏng chừng dịch sinh tính vấn đoán
        phố phường xá
        phối chế cảnh hợp khí kết liệu màu trộn viên
        phốp pháp
        phốt pho phát
        phồn hoa thịnh thực vinh
        phồng tôm
        phổ biến cập dụng hệ kế niệm quát thông độ
        phổi bò
        phổng mũi phao
        phớn phở
        phớt lạnh lờ tỉnh đời
        phờ phạc râu
        phởn phơ
        phụ bạc bản cấp cận gia giúp giảng hoạ huynh hệ khoa kiện liệu lão lục nhự nữ phí phẩm quyền san sản
        phụ thu thuộc trách trương trội trợ tá tùng tải tố từ tử âm đạo đề
        phục chế cổ dịch dựng hoá hưng hồi kích linh lăn phịch sức thiện thù trang tùng viên vụ
        phụng dưỡng hoàng phịu sự thờ
        phủ ngũ nhận phê phục quyết sóng tạng điện đất đầu định
        phủi tay
        phứa phựa
        phức hệ hợp tạp điệu
        qua loa lại mặt ngày quít quýt đường đời
        quai bị chèo hàm hậu nón thao xanh
        quan bảo chuyên chủ chức cách dân dạng hành hệ họ khách liêu lực ngôn ngại nha niệm sát tiền trắc
        quan trọng tài tâm tếu viên yếu điểm
        quang cảnh cầu dầu dẫn gánh học hợp năng phổ quác quẻ sai thông vinh điện đãng
        quanh co năm quánh quất quẩn
        quay cuồng cóp lơ phim quắt vòng đĩa
        que hàn đan
        quen biết mui mặt thuộc thân thói
        qui bản chuẩn chế chụp cách củ hoạch hàng kết luật lát lại mô nạp phạm phục thuận tiên trình tập tắc
        qui tụ y định đồng đổi ước
        quy bản chuẩn chế chụp cách củ hoá hoạch kết luật lát lại mô nạp phạm phục thuận trình tập tắc tụ y
        quy định đồng đổi ước
        quyên góp
        quyến luyến rũ
        quyết chiến chí liệt minh nghị sinh sách thắng toán tâm tử đoán đấu định
        quyền anh biến công cước hành hạn lãnh lợi lực ngoại năng phân quý sở thuật thế tác uy đặc
        quà bánh cáp
        quàng quạc xiên đỏ
        quành quạch
        quàu quạu
        quày quả
        quá bán bộ bữa chén chừng cảnh cố cỡ giang giấc khích khổ khứ lắm lời lửa quắt sức tay thể trình
        quá trớn tải tội đi đà đáng đỗi độ ư
        quái dị gở kiệt lạ nhân quỉ quỷ thai vật ác đản
        quán cóc ngữ triệt trọ tính xuyến xá
        quáng gà quàng
        quánh quạnh
        quát hoá lác mắng tháo
        quân báo bình bưu bị ca chính chủ chủng công cảng cảnh du dân dược dịch dụng giới hiệu hàm khu khí
        quân kì kỳ luật lính lương lệnh lục lực ngũ nhu nhân nhạc phiệt pháp phục quản sư số sự thù thứ
        quân trang tình tịch tử tự uỷ y đoàn đánh đội
        quây quần
        què quặt
        quèn quẹt
        quèo quẹo
        quét dọn quáy tước
        quê hương kệch mùa một quán
        quên béng bẵng khuấy lãng lửng mình
        quí báu danh giá hiếm hoá hồ khách mến nhân phi phái trọng tướng tộc tử vị
        quý báu danh giá hiếm hoá hồ khách mến nhân phái trọng tướng tộc tử vị
        quýnh quáng
        quăm quắm
        quăn queo
        quăng quật
        quĩ tiết tích tín đen đạo
        quạnh hiu quẽ vắng
        quạt bàn con cây gió hòm kéo lúa máy tai thông treo tròn trần điện
        quạu quọ
        quả bàng báo cân cảm lắc lừa nhiên phúc phụ quyết tang thật thực tình vậy đấm đất
        quản bút giáo lí lý ngại thúc trang trị tượng đốc
        quảng bá canh cáo trường đại
        quấn quít quýt
        quất hồng
        quấy nhiễu phá quá quả rầy rối đảo
        quần bò chúng cư cụt hôn jean lá lót ngựa nịt phăng quật soóc thể tụ vợt xà áo âu đông đùi đảo
        quầy quả quậy
        quẩn quanh
        quẩng mỡ
        quẫn bách trí
        quẫy đạp
        quận lỵ uỷ
        quật cường khởi
        quậy phá
        quắc thước
        quắt queo
        quằm quặm
        quằn quại quặn
        quặn thắt
        quặt quẹo
        quẻ âm
        quế chi
        quết trầu
        quềnh quàng
        quều quào
        quỉ kế quyệt quái sứ thần
        quị luỵ
        quốc ca chủ cấm doanh dân gia giáo hiệu huy hội hữu khánh kì kỳ lập lộ lủi ngữ nạn nội phòng phục
        quốc quân sách sư tang thiều thư thể trái trưởng táng tế tịch văn vương vụ xã đảo
        quờ quạng
        quở trách
        quỵ luỵ
        quỷ kế quyệt quái sứ thần
        quỹ tiết tích tín đen đạo
        ra bộ chiều cái công dáng gì hiệu hồn líu lò lệnh lửa mắt mặt ngôi oai phết quân ràng rìa ríu rả rối
        ra sức sữa tay tiền trò tuồng vẻ điều đấy đời
        ram ráp
        ran rát
        ranh con giới ma mãnh
        rao giảng
        rau cháo câu cần cỏ diếp dưa dền giền khúc khủ lấp muối muống màu má mơ ngót ngổ ráu rút răm sam
        rau sạch sắng sống thơm đay
        ren rén
        reng reng
        reo hò
        ri rí rỉ vê đô
        rin rít
        rinh rích
        riu riu ríu
        riêng biệt lẻ rẽ tư
        riết róng
        ro ro
        roi cặc ngựa rói vọt
        rong huyết ruổi rêu róc
        ru hời lô ngủ rú
        run rẩy rủi sợ
        rung chuyển cảm rinh động
        ruy băng
        ruốc bông
        ruồi lằng nhặng trâu xanh
        ruồng bỏ bố rẫy
        ruỗng nát
        ruộng bậc muối nương rộc vườn đất
        ruột gan già gà nghé ngựa non rà thịt thừa tượng đứt
        rà rì rẫm soát
        ràn rạt
        ràng buộc ràng rạng rịt
        rành mạch rành rẽ rọt
        rào chắn cản danh giậu rào rạo rạt thuế đón
        rác rưởi tai thải
        rách bươm mướp nát rưới tươm việc
        rái cá
        ráo hoảnh riết
        ráp nối
        rát mặt ràn rạt
        râm bụt ran rấp
        rân rấn
        râu hùm quai ria
        rã họng rượi rời đám
        rèn cặp giũa luyện
        réo rắt
        rét buốt lộc mướt ngọt nàng đài
        rên la rẩm rỉ xiết
        rêu phong rao
        rì rà rào rì rầm
        rình mò rang rập
        rít tít
        ríu ra ran rít
        rò rỉ
        ròng rã ròng rọc
        róc rách
        rón rén
        rô phi thia ti to
        rôm rả sảy
        rông đen đô
        rõ khéo ràng rệt
        rù rì rờ
        rùm beng
        rùng mình rùng rợn
        rúc rích
        rúm ró
        rún rẩy
        rúng động
        rút gọn lui ruột rát tiền
        răm rắp
        răn dạy reo rắn đe
        răng cưa cửa hàm khôn lược nanh rắc sữa
        rũ rượi rợi tù
        rơ le moóc
        rơi rớt rụng vãi
        rơm rác rạ rớm
        rưng rưng rức
        rươn rướn
        rước xách
        rười rượi
        rườm rà
        rườn rượt
        rường cột
        rượu bia chè chổi cần cẩm cồn mùi mạnh ngọn ngọt nho nếp thuốc trắng tăm vang đế
        rạc rài
        rạch ròi
        rạn nứt vỡ
        rạng rỡ đông
        rạo rực
        rả rích
        rải rác thảm
        rảnh rang rỗi
        rấm rứt
        rất chi mực đỗi
        rầm rầm rập rộ
        rần rần rật
        rầu rĩ rầu
        rầy la nâu rà
        rậm rì rạp rật rịch rịt
        rập khuôn ràng rình rờn
        rắc rối
        rắn chắc câng cấc giun lục lửa mặt mối nước ráo rết rỏi độc
        rắp ranh tâm
        rằn ri
        rẻ mạt như quạt rúng thối tiền
        rẻo cao
        rẽ ràng
        rếch rác
        rề rà rề
        rền rĩ
        rễ chùm cọc củ tre
        rệu rã rạo
        rỉ rù răng rả tai
        rỉa rói
        rọ mõm rạy
        rọc kép
        rọt rẹt
        rối beng bét bòng bù bời loạn mù nước ra ren ruột rít rắm tinh tung
        rốt cuộc ráo
        rồ dại
        rồi ra đây
        rồng rắn rồng
        rổn rảng
        rỗ hoa
        rỗi hơi rãi
        rỗng không toác tuếch
        rộ rộ
        rộc rạc
        rộn ràng rã rạo rịch
        rộng chân cẳng hoác huếch lượng lớn mở rãi
        rớt giá
        rờ mó rẫm
        rời rạc rợi
        rờm rợp
        rờn rợn
        rỡ ràng
        rục rịch
        rụng rời
        rụt rè
        rủ lòng rê rỉ
        rủi ro
        rủng rẻng rỉnh
        rứt ruột
        rừng chồi cấm già núi phòng rú rực đặc
        rửa bát mặn ráy tiền tội ảnh
        rửng mỡ
        rực rỡ
        sa bàn bồi chân cơ khoáng lát lầy lệch mu mạc ngã nhân sâm sút sả sầm sẩy thạch thải đoạ đà đì
        sai bảo dịch khiến lạc lầm lệch phái phạm sót số trái
        san hô lấp sát sẻ sớt ủi
        sang chấn cát giàu ngang nhượng năm sáng sảng tay trọng tên
        sanh sánh
        sao băng bắc chép chế chổi chụp diêm hoả hôm hải kim la lãng mai mộc nhãng sa thiên thuỷ thổ tẩm y
        sao đổi
        sau cùng hết này rốt đại
        say khướt máu mèm mê sưa xỉn đắm
        se se sắt sẻ sẽ thắt
        sen đầm
        si mê ngốc tình
        sin sít
        sinh bệnh chuyện cầm dưỡng dục hoá hoạt học khoáng khí kế lí lý lợi lực mạng mệnh ngữ nhai nhật nở
        sinh phần quan quyển quán quân sát sôi sản sắc sống sự thiết thái thời thực tiền trùng trưởng tố tồn
        sinh từ tử viên vật đôi đẻ địa động
        siêng năng
        siêu cường dẫn hiện hình hạng liên lợi mẫu ngôn người ngạch nhiên nhân phàm sao thanh thoát thăng
        siêu thị thịt thực trường trọng trứng tần tập tốc tự vi việt văn âm đao đẳng độ
        siểm nịnh
        so bì găng kè le sánh đo đũa đọ
        soi mói rọi
        son phấn rỗi sắt trẻ
        song biên ca hành hỉ hỷ kiếm loan mã ngữ phi phương sinh song thai thất tiết toàn tấu tử
        soàn soạt
        soát xét
        soạn giả thảo
        su hào su sê
        sui gia
        sum họp sê vầy
        sung công huyết mãn sướng sức túc
        suy bì dinh diễn giảm gẫm kiệt luận lí lý nghĩ ngẫm nhược suyển sụp thoái tàn tính tôn tư tưởng tị
        suy tổn tỵ vi vong xét yếu đoán đốn đồi
        suôn sẻ
        suýt nữa soát
        suất vốn điện
        suồng sã
        sà lan sã
        sài giật hồ kinh lang đất đẹn
        sàm sỡ
        sàn diễn nhảy sàn sạt
        sàng học lọc sảy tuyển
        sành sanh sỏi sứ điệu
        sào huyệt
        sách báo công giáo lược nhiễu trắng vở xã đen đỏ
        sám hối
        sán lá xơ
        sáng bạch bảnh choang chế dạ giá kiến loáng láng lập mai mắt ngời nhoáng quắc rực suốt sáng sủa
        sáng trưng tác tạo tỏ ý
        sánh bước duyên vai
        sáo cũ mép mòn ngữ rỗng sậu
        sáp nhập ong
        sát cánh hạch hại hợp khuẩn khí nhân nách nút phạt sao sinh sàn sườn sạt thương thủ thực trùng viên
        sâm banh cầm nam nhung sẩm
        sân bay chơi cỏ khách khấu nhà siu thượng vận
        sâu bệnh bọ cay cuốn cắn gai hoắm keo kín lắng mọt nặng quảng róm răng rộng sát sắc vòi vùng xa xám
        sâu đo đậm độc đục
        sây sát
        sè sè
        sê vích
        sênh tiền
        sêu tết
        sì sụp
        sìn sịt
        sình lầy
        sính lễ
        sít sao sìn sịt
        sò huyết
        sòn sòn
        sòng phẳng sọc
        sóc vọng
        sóng gió lừng ngầm radio soài sánh sượt thần vô âm điện đôi
        sô vanh
        sôi gan máu nổi sục tiết động
        sôn sốt
        sông con cái máng ngòi núi nước đào
        sõng soài
        sù sụ
        sùi sụt
        sùm sụp
        sùng bái cổ kính ngoại sục tín đạo
        súc sinh sản sắc tích vật
        súng cao cối hơi kíp liên lục máy ngắn ngựa phun trường tự đạn ống
        súp lơ
        sút cân kém
        săm se soi sắn
        săn bắn bắt lùng sóc sắt tìm đuổi đón
        sĩ công diện khoa khí nhân quan số đạo ưu
        sơ bộ chế cấp cứu hở khai khảo kì kết kỳ lược mi nhiễm sinh suất sài sơ sẩy thảo thẩm tuyển tán yếu
        sơ ý đẳng đồ
        sơm sớm
        sơn ca chín cước dương dầu hệ lâm mài môn mạch pháo phòng sống ta thuỷ thần trà tràng xì địa
        sư bà bác cha cụ huynh hổ mô mẫu nữ phạm sãi thầy trưởng tử ông đoàn đô đệ
        sưng húp sỉa vù vếu vều
        sưu tầm tập
        sương giá giáng gió khói muối móc mù
        sướng rơn
        sướt mướt
        sườn sượt
        sượng mặt sùng
        sạch bong bách bóng mắt nước sành sẽ
        sạn mặt
        sạt lở nghiệp
        sản chủ cố giật hoá hậu hữu khoa lưu lượng nguyên phẩm phụ sinh vô vật xuất
        sảng khoái
        sấm kí ký sét
        sấn sổ
        sấp bóng mặt ngửa
        sấy tóc
        sầm sì sập uất
        sần sùi sật
        sầu hận não riêng thảm đâu đông
        sẩy thai
        sập sùi tiệm
        sắc bén cạnh dục luật lạnh lẹm lẻm lệnh màu phục sảo thuế thái thể tố tộc đẹp độ
        sắm nắm sanh sửa vai
        sắn dây thuyền
        sắp sửa xếp đặt
        sắt son tây đá
        sằng sặc
        sẵn lòng sàng
        sặc gạch máu mùi sỡ sụa tiết
        sẻn so
        sẽ sàng
        sếu đầu
        sền sệt
        sỉ nhục
        sịt mũi
        sọ dừa
        số a báo bình bị chia chung chính chẵn cào cộng dư dương gia hiệu hoá hạng học hữu không kiếp la
        số liệu là lượng lẻ mũ mệnh một nguyên nhiều nhân phận phức siêu thành thập thực trừ tương từ tự vô
        số âm ít đo đại đề đối ảo
        sống chết còn lưng mái mũi nhăn sít sót sượng trâu động
        sốt dẻo lạnh ruột rét sắng sột vó xuất
        sồ sề
        sồn sồn sột
        sổ hộ lòng mũi sách tay thiên toẹt vàng đen đỏ
        sổng sểnh
        sỗ sàng
        sộ sộ
        sột soạt
        sớm chiều hôm khuya mai muộn sủa tối
        sớn sác
        sờ lên mó soạng sẫm sờ sợ
        sờn lòng
        sở chỉ dĩ dữ giao hạ hữu khanh nguyện ngữ thuộc thích thị trường tại đoản
        sởn gáy sơ
        sợ hãi sệt
        sợi chỉ
        sục bùn sạo
        sụp đổ
        sụt giá giảm sùi sịt
        sứ giả mạng mệnh quán vệ đặc
        sức bật bền khoẻ kéo lao lực mua mạnh mấy ngựa sống vóc ép
        sứt mẻ sát sẹo
        sừn sựt
        sừng sỏ sộ sừng sững
        sử ca dụng gia học ký liệu quan quân sách thi tích xanh
        sửa chữa sai sang soạn đổi
        sửng cồ sốt
        sữa chua ong tươi đậu
        sững sờ
        sự biến cùn cố kiện nghiệp quán thật thể thực tài tình tích việc vật vụ đời
        sực nức
        ta hấp linh lung luy láu lúng thán tí tóp đây
        tai biến bèo chua hoạ hại hồng mèo mắt nghe ngược nhức nạn phôn quái tiếng tái tượng voi vạ ác ương
        tam bành bản bảo cúc cương cấp dân giác giới hoa quan quyền sinh suất thất thập thể thức toạng tài
        tam tòng tạng tấu đoạn đại đảo
        tan hoang nát rã tành tác tầm vỡ
        tang chủ chứng gia lễ phục quyến thương tóc tảng vật
        tanh banh bành hôi nguội tách tưởi
        tao khang nhã
        tay ba chân chơi cầm không lái mặt ngai ngang nghề nải phải quay sai thước trong trái trên trắng vịn
        tay vợt áo đua đòn đôi ấn
        te te tua tái tét
        tem thư
        teo tóp
        tha bổng hoá hương hồ lướt lẩn lếch ma phương thiết thẩn thứ
        thai nghén nhi phụ sinh sản
        tham chiến chiếu dự gia khảo lam luận mưu nhũng quan số tán vấn vọng ô
        than béo bùn chì cám cốc gầy khóc luyện mỏ mỡ nâu phiền quả thở trắng tổ vãn ôi đá
        thang cuốn máy nhiệt âm độ
        thanh bình bạch ca cao cảnh danh giằng hao la liêm long lí lý lịch lọc minh mảnh nhàn nhã nhạc niên
        thanh quản sát tao thanh thiếu thoát thản thế tiêu toán tra truyền trà trùng trừ trừng tân tú tĩnh
        thanh tịnh viên vắng xuân yên điệu đạm
        thao diễn luyện láo lược thao thức trường tác túng
        thau chua
        thay mặt thế vì đổi
        the thé
        then chốt
        theo dõi gót đuôi đuổi đòi
        thi ca công cử gan hài hành hào hứng lễ pháp phú phận sĩ thoảng thể thố trắc tuyển viết vấn vị đua
        thi đấu
        thia lia thia
        thin thín thít
        thinh không thích
        thiu thiu
        thiêm thiếp thảo
        thiên binh bẩm can chúa chức cung cơ cầu cổ di hà hướng hạ kiến kỉ kỷ lí lôi lý lệch lủng nga nhiên
        thiên niên phú sứ tai thanh thu thạch thần thẹo thể thời tuế tài tào táng tính tư tướng tạo văn
        thiên vương vị đàng đình đường đầu đỉnh địa địch
        thiêng liêng
        thiêu huỷ thân đốt
        thiếc hàn
        thiết bì bị giáp kế lập mộc nghĩ tha thân thực tưởng yếu đoàn đồ
        thiếu gì hụt nhi niên nữ phụ sinh sót thốn thời tá tướng uý vắng điều đói
        thiền học sư tông định
        thiển cận nghĩ ý
        thiểu não năng phát số
        thiện chiến chí cảm nghệ xạ ý
        thiệt hơn hại mạng thà thân thòi
        thoai thoải
        thoang thoảng
        thoi loi thóp
        thon lỏn thót thả
        thong dong manh thả
        thoá mạ
        thoái chí hoá hôn lui thác trào vị
        thoáng khí đãng đạt
        thoát li ly thai thân trần tục vị y
        thoăn thoắt
        thoại di nội truyền viên
        thoạt tiên đầu
        thoả hiệp mãn thuê thuận thích đáng ước
        thoải mái
        thu binh chi dung dọn dụng giữ gom hoạch hình hút hẹp hồi lu lôi lượm mua ngân nhận nhập nhặt nạp
        thu phân phục quân thanh thập va vén xếp
        thua kém lỗ sút thiệt
        thui chột lủi thủi
        thum thủm
        thun lủn thút
        thung lũng thăng thổ
        thuyên chuyển giảm
        thuyết biến bất darwin domino duy giáo giảng hỗ hữu luân lí lý malthus minh nhân nhất nhị pháp phục
        thuyết thông thần tiến tiền trình tương tập tự vô xác đa định
        thuyền buồm bè bồng chài lan mành nan nhân rồng thoi thúng trưởng tán viên đinh
        thuê bao mua mướn
        thuần chất chủng dưỡng hoá hậu khiết nhất phong phác phục thục tuý tính
        thuận hoà khung lợi tiện tình
        thuật công gia ngữ số thứ toán viên
        thuế doanh giá gián khoá má môn quan suất thu trước trực vụ
        thuốc bắc bổ chén cốm dấu lào lá men muối mê mỡ nam ngủ nhuộm nhân nước nổ phiện rê sát sâu súng sắc
        thuốc ta thang thử tiêm trứng trừ tây tím tẩy đạn đặc đỏ độc ưu
        thuồn thuỗn
        thuồng luồng
        thuộc hạ làu lòng nằm tính địa
        thuỳ dương mị
        thuỷ canh chiến chung châm cung cầm luyện lôi lợi lực mạc ngân nông năng phi phân phận phủ quyển
        thuỷ quái quân sinh sư sản tai thần thổ thủ tinh tiên triều trúc táng tĩnh tạ tổ văn điện đánh đậu
        thuỷ động
        thà luộm là lượt lẩn lụng rằng thì thưỡn thậm
        thài lài
        thành bại công danh hoàng hình hôn hội khí khẩn kiến kính luỹ lập ngữ niên nội phần phẩm phố quách
        thành quả ra thạo thật thị thục thử thực trì tài tâm tích tố tựu uỷ viên văn đoàn đạt đồng
        thào thào
        thày lay
        thác loạn
        thách cưới thức đố
        thái bình cổ cực dương hậu học quá tử độ
        thám báo hiểm không sát thính tử
        thán phục từ
        tháng chạp dương giêng một ngày thiếu âm đủ
        thánh ca giá hiền hoá mẫu nhân sống thiện thót thất thần tăng tướng đường địa
        tháo chạy dạ dỡ gỡ khoán lui thân tỏng vát đường
        tháp canh ngà nước tùng
        thát lát
        thâm canh hiểm hụt nghiêm nhiễm nho nhập niên quầng thuý thù thấp thủng trầm tâm tình u xịt ý độc
        thân chinh chủ cận cỏ củ gỗ hành hình mật mến mềm nhiệt nhân pháp phận quen sinh sơ thiết thiện
        thân thuộc thích thương thảo thế thể tình tín tương tộc từ xác yêu ái đốt
        thâu tóm
        thây kệ lẩy ma
        thè lè
        thèm khát muốn thuồng vào
        thèn thẹn
        thèo đảnh
        thép gai hợp không
        thét lác
        thê lương thiếp thảm đội
        thêm bớt thắt
        thênh thang thênh
        thêu dệt thùa
        thì chớ có giờ gì là nhiều nói phải ra thà thào thòm thôi thùng thầm thọt thụt
        thìa canh cà là lìa
        thình lình thịch
        thí bỏ chủ dụ mạng nghiệm sinh điểm
        thích chí dụng hợp nghi thú đáng ứng
        thính giác giả lực phòng viên
        thò lò
        thòi lòi
        thòm thèm
        thòng lọng
        thóc gạo lúa mách
        thói quen thường tật tục đời
        thót tim
        thô bạo bỉ kệch lố lỗ mộc ráp sơ thiển tục vụng
        thôi miên nôi sơn thì thúc thối việc
        thôn bản nữ tính xóm
        thông báo cáo cảm dâm dịch dụng gia gió hiểu hành hào lưng lượng lệ minh nhau phán qua quan rộng
        thông suốt số sử thoáng thuộc thái thương thường thạo thốc thống tin tri tâm tín tĩnh tư tấn tầm tỏ
        thông tục điệp đầu đồng
        thõng thượt thẹo
        thù ghét hận hằn lao lù oán địch
        thùm thụp
        thùng thình thùng xe đấu
        thú dữ nhận thiệt thật thực tính tội vui vật vị y
        thúc bá bách béo giục ép đẩy
        thúng mủng thắng
        thút thít
        thăm dò hỏi nom nuôi thú thẳm viếng
        thăng bằng hoa hạng thiên tiến trầm vận
        thơ ca dại liên mộng ngây thẩn thới từ văn ấu
        thơm lây lừng lựng ngát nức phưng phức tho thảo
        thơn thớt
        thư bảo chuyển dãn hoạ kí ký lưu mục ngỏ nhàn pháp sinh tay thoại thái thả tín tịch từ viện điện
        thưa gửi kiện thớt vắng
        thương binh cảm cảng gia hiệu hàn hại lái lượng mại mến nghiệp nhân nhớ phiếu phẩm quyền số thuyết
        thương thuyền thảo tiếc trường tâm tình tích tật tổn vong vụ xá xót yêu ôi
        thước cong cuộn cặp dây gấp kẹp kẻ mộc ngắm nách ta thợ tính tỉ tỷ đo
        thướt tha
        thườn thượt
        thường dân hoá khi kì kỳ lệ ngày nhật niên phạm phục quân sơn thức trú trực tình vụ xuyên
        thưởng hoa nóng phạt thức
        thưỡn thà thẹo
        thược dược
        thượng cổ du giới huyền hạng hảo khách khẩn lưu lương nghị nguyên nguồn phong sách sĩ thận thặng thọ
        thượng toạ tuần tá tướng tầng uý viện võ vị điền đài đế đỉnh
        thạc sĩ
        thạch anh bản cao học lựu nhũ quyển sùng tín xương
        thạo đời
        thả bộ cửa lỏng nổi sức
        thảm bại cảnh hoạ hại khốc kịch sát sầu thiết thương thực trạng đạm đỏ
        thản nhiên
        thảng hoặc thốt
        thảnh thơi
        thảo cầm dược hèn luận lảo mộc nguyên nào quyết quả
        thấm nhuần thoắt tháp thía đượm đẫm đậm
        thấp hèn khớp kém nhiệt thoáng thỏm tầng điểm
        thất bát bại cách cử hiếu học hứa kinh luật lạc lễ lục nghiệp ngôn niêm sách sắc thanh thiệt thoát
        thất thu thường thần thế thểu thố truyền trận tán tình tín vọng đức
        thấu cảm hiểu kính suốt triệt đáo
        thấy kinh tháng
        thầm kín lén lặng thì
        thần bí chú chết diệu giáo hiệu học hồn kinh kì kỳ linh luận nông phả quyền sa sắc thoại thái thánh
        thần thông thế tiên tài tình tích tượng tốc xác đồng
        thầu dầu khoán
        thầy bà bói chùa cúng dòng dùi giáo kí ký lang mo pháp số thuốc tu tào tướng địa
        thẩm cung lậu mĩ mỹ nhân phán quyền thấu tra vấn xét định
        thẩn bần thơ
        thẫn thờ
        thậm chí thà thịch thọt thụt tệ
        thận trọng
        thập cẩm kỉ kỷ lục ngoặc niên phân phương thò tự ác đỏ
        thật lực ra sự thà tình
        thắc mắc
        thắm thiết
        thắng bạc bại cảnh cử lợi thầu thế vàng
        thắt cổ lưng ngặt nút
        thằn lằn
        thằng cha chài
        thẳng băng cánh cẳng góc ruột tay thắn thớm thừng tuồn tuột tính tắp đuồn đuỗn đuột đứng
        thặng dư
        thẹn thò thùng
        thẻ ghi nhớ thanh tín vàng đỏ
        thẽ thọt
        thế chiến chân chấp cuộc gian giới hệ kỉ kỷ là lực mà mạng nào năng phẩm ra sự thì trận tục tử
        thết đãi
        thề nguyền thốt
        thềm lục
        thều thào
        thể chất chế diện dục hiện hoá hình học loại luận lệ lỏng lực nghiệm nhiễm nhân nào sợi thao theo
        thể thống thức trạng trọng tình tích xác
        thỉnh cầu giảng kinh thoảng thị
        thị chính giá giác hiếu hoá lực phi phạm phần sát thực trường trưởng trấn tộc tứ tỳ uy uỷ xã
        thịnh hành nộ soạn suy tình vượng
        thịt pha thà
        thọ giáo giới
        thọc léc lét sâu
        thỏ thẻ đế
        thốc tháo
        thối chí hoăng hoắc hôn lui nát tai tha thây
        thống giáo hoá khổ kê lý lĩnh nhất nhứt thiết trị đếm định đốc
        thốt nhiên nốt
        thồm lồm
        thổ canh công cư cẩm dân huyết lộ mộ nghi ngữ nhưỡng phỉ phục sản thần trạch tả âm địa
        thổi ngạt phồng
        thổn thức
        thỗn thện
        thớ lợ
        thờ cúng kính phụng thẫn ơ
        thời buổi bình chiến cuộc cơ gian giá giờ hiệu hạn khoá khí khắc kì kỳ lượng sự thượng thế tiết
        thời trang vận vụ điểm đoạn đại
        thờn bơn
        thở dài dốc hắt phào than
        thợ bạn cả hồ kim may máy mộc nguội rèn săn thủ xây điện đấu
        thụ giới hưởng lí lý phấn thai tinh trai án động
        thục mạng địa
        thụt két lùi rửa
        thủ bút công cựu dâm hiến hoà kho khoa lãnh lĩnh môn mưu pháo pháp phạm phận quân quĩ quỹ thuật
        thủ thành thư thế thỉ tiêu trưởng túc tướng tục từ tự vĩ ô đoạn đô
        thủng thẳng
        thứ ba bảy bậc bực cấp dân hai hạng liệu lỗi năm phát phẩm sinh sáu trưởng tư tự yếu
        thức chủ giấc hoá luận sản thời tỉnh ăn
        thừa cơ hành hưởng kế mứa nhận số thãi thắng thế tự
        thử hỏi lừ lửa nghiệm thách
        thực chi chất chứng dân dụng hiện hành hư khách khí lòng lợi lực nghiệm phẩm quyền quản ra sự thi
        thực thu thà thể thụ tiễn trạng tài tâm tình tại tập tế từ vật đơn địa
        ti con cổ hí mẹ thể tiện toe trách tỉ vi
        tia alpha beta cực gamma hồng tía tử vũ x
        tim mạch tím đen
        tin buồn cẩn cậy dùng hin học lành mừng tưởng tặc tức vui vắn vịt yêu đại đồn
        tinh anh bột chất chế chỉnh cầu dầu dịch giảm giản gọn hoa hoàn học khiết khôi khôn kỳ lang luyện
        tinh lọc lực ma mơ nghịch nhanh nhuệ nhân nhạy quái quặng ranh rối sương thông thần thể tinh trùng
        tinh tuý tú tươm tướng tường tế vi vân xảo ý địa đời
        tiu nghỉu
        tiêm chích chủng kích mao nhiễm
        tiên cung cảm cảnh liệu lượng nga nghiệm nhân nữ phong quyết sinh sư thảo tiến tri ông đoán đề đồng
        tiêng tiếc
        tiêu biểu bản chuẩn chí chảy cự cực diêu diệt dùng hao hoá huỷ khiển ma ngữ pha phí sơ sọ tan thoát
        tiêu thuỷ thổ thụ thức tùng vong xài âm điều điểm đề
        tiếc hùi nuối rẻ thương
        tiến bộ công cử hoá hành quân sĩ thoái thân thủ triển trình độ
        tiếng là lóng mẹ nói phổ rằng thơm thế tăm vang địa động
        tiếp chuyện cận cứu diễn diện giáp kiến liệu lời nhận phẩm quản sức tay theo thu thị thụ tuyến tân
        tiếp tế tục viên viện vận xúc âm điểm đãi đón địa ứng
        tiết canh diện dục giảm hạnh kiệm lộ mục niệu tháo tấu tố vịt
        tiếu lâm
        tiềm lực năng thức tàng vọng ẩn
        tiền bạc bối chiến chẵn cảnh của duyên giấy hôn học khả khởi kiếp liệt lương lẻ lệ mãi mãn mặt nhiệm
        tiền nong phong phương quân sảnh sử sự thân tiêu trạm tuyến tuất tài túi tệ tố vận vệ án âm đình đúc
        tiền đường đạo đề định đồ đồn
        tiều tuỵ
        tiểu ban cao công cầu dị gia hoạ hàn hình hùng học hổ khu khí li liên loại luận ly mãn ngạch nhân
        tiểu não nông phẩm phẫu qui quy sản sử thuyết thuỷ thư thương thủ thừa thử tiết tiện tuyết tuần táo
        tiểu tư vùng xảo đoàn đường đối đội
        tiễn chân đưa
        tiễu phỉ
        tiệc mặn rượu trà tùng đứng
        tiệm cận tiến
        tiện dụng lợi nghi thông thể tặn ích
        tiệt khuẩn nọc trừ
        to chuyện con gan kếch kềnh lớn mồm nhỏ sụ tiếng tát tướng tổ xù đùng đầu
        toa xe
        toan tính
        toang hoang hoác toang toác
        toe toét
        toen hoẻn
        toi cơm dịch mạng
        tom góp
        ton hót ton
        tong teo tong tả tỏng
        top ten
        topo học
        toà giám giảng sen soạn thánh án
        toàn bích bộ cảnh cầu cục diện khu khối lực mỹ năng phần quyền quốc thân thắng thể tòng tập và văn
        toàn vẹn
        toác hoác
        toán học kinh loạn trưởng tử viên đố
        toèn toẹt
        toé khói loe phở
        toét nhèm
        toòng teng
        toạ lạc thiền đàm đăng độ
        toại nguyện
        toả nhiệt
        tra cơ cứu hỏi khảo tấn viên vấn xét
        trai giới gái lơ tráng trẻ
        trang bị chủ hoàng kim lứa mục nghiêm nhã phục sức thiết trí trại trải trọng tập viên web âm điểm
        tranh chính chấp cãi cục cử du dân dầu giai giành giải hoành hùng hạt khảm khắc luận lạnh lụa nhân
        tranh nóng phá sinh sơn thuỷ thần thờ thủ truyện tâm tôn tư tường tết tứ vi vui vũ đoạt đế đồ ảnh
        trao gửi tráo trả tặng đổi
        trau chuốt dồi
        tre là pheo trẻ đằng
        treo cổ giò mõm niêu tường
        tri giác kỉ kỷ ngộ thức âm
        trinh bạch nữ sát thám tiết trắng
        triết gia học lí lý
        triền miên
        triều cường suy đại
        triển khai lãm vọng
        triệt hạ phá sản tiêu để
        triệu chứng hồi phú tập
        trong lành ngoài suốt sáng sạch trắng trẻo veo vắt
        tru tréo
        trui rèn
        trung bình cao chuyển châu chủ cảnh cấp cổ du dung dũng gian hoà hưng hạn hậu học khu kiên liên liệt
        trung lưu lập lộ nghĩa nguyên niên phong phẫu quân sĩ thu thành thực tiện trực tu tuyến tuần tá táo
        trung tâm tính tướng tần tố uý vệ điểm đoàn đoạn đại đội ương
        truy bức cập cứu hô hỏi kích lãnh lùng lĩnh nhận nhập nã quét thu tìm tặng tố xuất xét ép điệu đuổi
        truyền bá cảm dẫn giáo hình học khẩu kiếp miệng nhiễm thanh thuyết thông thần thống tải tụng viên
        truyền đơn đạo đạt
        truyện cười cổ dài kí ký ngắn nôm phim thơ tranh vừa
        truân chuyên
        truỵ lạc thai tim
        trà lá mi trộn đạo
        tràn cung lan ngập trề đầy
        tràng hạt kỉ kỷ nhạc
        trào dâng lưu lộng phúng
        trá hàng hình
        trác tuyệt táng
        trách cứ móc mắng nhiệm
        trái chứng cây cựa khoáy lại mùa nghĩa ngược nết phiếu phép rạ tai tim tính vụ xoan đào đất
        tráng ca kiện lệ miệng
        tránh mặt né thai tiếng
        tráo trưng trở đổi
        trâm bầu
        trân châu trọng trối
        trâng tráo
        trâu bò gié ngố ngựa nước
        trây ì
        trèo trẹo
        tréo giò khoeo mảy ngoảy
        trên cơ dưới hết tài
        trêu chọc ghẹo ngươi tức
        trì hoãn kéo níu trệ
        trình bày báo bầy chiếu diễn diện duyệt dược hoá làng nghị phụ soạn sư thức trịch tấu tự vi viên độ
        trìu mến trĩu
        trí giả khôn lực mạng nhớ não năng thức trá tuệ tưởng óc
        trích dẫn lập ngang đoạn
        trò chuyện chơi cười hề ma trống đùa đời
        tròm trèm
        tròn bóng trĩnh trặn trịa vo xoay xoe
        tròng ngao trành trắng đen đỏ
        trói buộc chân cột
        trót dại lọt
        trô trố
        trôi chảy dạt nổi sông
        trôn kim ốc
        trông chờ chừng coi cậy mong ngóng nom vời đợi
        trù bị dập học liệu phú trừ tính úm ẻo
        trùi trũi trụi
        trùm chăn sỏ
        trùng dương học hợp khơi lắp lặp phùng phương roi tang trùng trục tu điệp
        trú chân chính ngụ quán quân ẩn
        trúc bâu sênh sư thượng trắc đào địa
        trúng cử gió mánh phong quả thầu thực tuyển tủ độc
        trăm nghìn ngàn năm sự tuổi
        trăn trở
        trăng gió hoa khuyết lưỡi mật non treo tròn trắng trối
        trĩ mũi
        trĩu nặng trịt
        trơ khấc lì mắt thổ tráo trơ trẽn trọi trụi
        trơn nhẫy tru tuột
        trưa trật
        trưng bày bầy cầu dụng mua thu thầu vay
        trương lực
        trước bạ hết kia mắt nay sau tiên tác
        trường bắn ca chinh chứng cửu giáo học hợp kì kỉ kỳ kỷ phái quay qui sinh sở thành thọ thủ tiền tồn
        trường vốn đoạn đoản đua độ đời ốc
        trưởng lão nam nữ phòng thành thôn đoàn
        trượt băng giá tuyết
        trại cải giam hè mồ tập
        trạm trưởng xá
        trạng huống ngữ thái
        trạt vôi
        trả bữa chậm dần giá góp lời miếng nghĩa phép thù đũa
        trải đời
        trấn an giữ lột thủ tĩnh áp
        trầm bổng cảm hùng hương kha luân lắng lặng mình mặc ngâm trọng trồ tích tĩnh tư uất
        trần ai bì duyên gian thuật thế truồng trùi trụi tục đời
        trầu không
        trầy trật trụa xước
        trẩy hội
        trận mạc tuyến địa đồ
        trập trùng
        trật tự
        trắc bá bách học nghiệm thủ trở địa ẩn
        trắng bong bóc bạch bệch bốp dã hếu lôm lốp muốt mắt ngà ngần nhởn nuột nõn phau phếch ra tay tinh
        trắng toát trơn trẻo trợn xoá án đen ởn
        trằn trọc
        trẻ con em hoá măng mỏ ranh thơ trung
        trễ nải phép tràng
        trệu trạo
        trị an gia giá học liệu ngoại phạm số sử sự thuỷ thặng trao tuyệt tội viên vì
        trịch thượng
        trịnh trọng
        trọ trẹ
        trọc hếu lông lốc phú tếu
        trọn gói vẹn
        trọng dụng hoá liên lượng lực pháo phạm thương thưởng thể thị trách trường tài tâm tải tội vọng yếu
        trọng án âm điểm đãi đại
        trối chết già trăng
        trốn lính nắng thuế tránh
        trống bản bỏi bồng bộc chầu cái cơm hoác huếch hông hốc không khẩu lảng lấp lệnh lốc lổng mảnh ngực
        trống quân rỗng trơ trơn trải vắng đại đồng ếch
        trồi sụt
        trồng cây răng trọt trộng
        trổ tài
        trộm cướp cắp phép vía
        trớ trêu
        trời biển bể có giáng trồng đánh đất ơi
        trở chứng dạ lại lực mình mặt ngại nên suất tay thành trời
        trợ chiến cấp giá giúp giảng lí lý lực thính thủ tim từ vốn động
        trợn trừng
        trợt lớt
        trụ cột sinh sở trì
        trục hoành lăn lợi quay trặc tung vít vớt xuất
        trụi lủi thui
        trứ danh tác
        trứng cuốc cá lộn nước sáo
        trừ bì bị bỏ bữa gian hao khử phi quân sâu tà tịch
        trừng phạt trị trộ trừng
        trừu tượng
        trữ kim lượng tình
        trực ban chiến cảm diện giao giác hệ khuẩn nhật quan thu thuộc thăng tiếp tràng trùng tuyến tâm tính
        tu bổ chí dưỡng huýt hành hú kín luyện lờ nghiệp sĩ sửa tạo tỉnh từ viện
        tua rua tủa vít
        tum húm húp
        tun hút hủn
        tung beng hoành hê hô hứng lưới rối thâm toé tích tăng tẩy độ
        tuy líp nhiên rằng thế vậy
        tuyên bố chiến dương giáo huấn ngôn phạt thệ truyền uý xử án đọc
        tuyến giáp gốc nội thượng tiền truyền tính vị yên điện
        tuyết sương
        tuyển chọn cử dụng khoáng lựa mộ quân sinh thủ tập
        tuyệt chiêu chủng diệt diệu giao hảo kĩ kỹ mĩ mật mệnh mỹ nhiên nọc thực trần tác tình tự vọng vời
        tuyệt đại đỉnh đối
        tuân thủ
        tuý luý
        tuýt xo
        tuấn mã tú
        tuần báo duyên dương hoàn hành lễ lộc phòng san tiễu tra trăng ty tự vũ
        tuẫn táng
        tuế toá
        tuếch rỗng
        tuềnh toàng
        tuệ nhân
        tuệch toạc
        tuốc năng
        tuốt luốt tuồn tuột
        tuồn tuột
        tuồng đồ
        tuổi hoa hồi mụ ta thơ thọ trẻ tác tây tôi xanh đầu đời
        tuột dốc
        tuỳ bút cơ hứng nghi thuộc thân thích tiện táng tâm tòng tùng viên ý
        tuỷ sống
        ty con cổ mẹ trách
        tà dâm giáo khí lạch ma thuyết thuật tà vẹt đạo
        tài ba bàn chính cán công giỏi gì hoa khoá khoản liệu lộc lực nghệ nguyên nào năng phiệt phán sản
        tài sắc thi trí trợ tình tử vụ xế đức
        tàm tạm
        tàn binh bạo canh dư hương khốc lụi nhang nhẫn phá phế quân sát tán tích tạ tật tệ ác
        tàng hình thư trữ tàng ẩn
        tành tạch
        tào lao phớ phở
        tàu bay biển bè chiến chậm chợ con cuốc hoả há hũ khu ngầm nhanh suốt sân thuyền thuỷ tuần tốc vét
        tàu vũ điện đổ
        tày liếp trời đình
        tá dược hoả tràng túc
        tác chiến dụng gia giả hoá hại nghiệp nhân phong phí phẩm quái viên xã động
        tách biệt bạch
        tái bút bản chiếm chế cử diễn dại giá hiện hợp kiểm lập mét ngũ ngắt nhiễm nhập nhợt phát phạm sinh
        tái sản thiết thẩm tê tạo vũ xanh xuất
        tám hoánh thơm xoan đời
        tán công dóc dương gẫu loạn sắc thành thưởng tỉnh tụng xạ đồng
        táo bón bạo quân ta tàu tác tây tợn
        táp nham
        tát tai
        táy máy
        tâm bão can giao huyết học hồn khảm linh liên lí lý lực nguyện ngẩm nhĩ niệm phúc sinh sức sử sự thư
        tâm thất thần thức trí trạng tình tính tư tưởng điểm đắc địa đối đồ
        tân binh dược gia hôn kỳ sinh thời trang xuân ước
        tâng bốc công hẩng tâng
        tây bán phương thiên y
        tã giấy lót
        tè he
        tèm lem
        tèo teo
        té ngửa ra re tát
        tép riu
        tê dại giác liệt mê thấp tái tê
        tên chữ cúng hiệu lửa miền riêng thuỵ thánh tuổi tục tự
        tênh hênh tênh
        tì bà tì vết vị
        tìm hiểu kiếm tòi
        tìn tịt
        tình báo ca cá cảm cảnh cờ duyên dục huống hình khúc mà nghi nghĩa nguyện nhân si sử tang thương thế
        tình thực tiết trường trạng tứ tự yêu ái ý địch
        tí chút hon nhau ta teo ti toáy toét tách tẹo tị tởn xíu
        tía lia lịa tô
        tích cóp cực góp hợp kê luỹ phân phụ số sự truyện trữ tắc tụ
        tím gan lịm ruột rịm than tái
        tín chấp chỉ chủ dụng hiệu nghĩa ngưỡng nhiệm nữ phiếu phong viên điều điện đồ
        tính chuyện chất cá cách dục giai giao hoá hướng khí liệu mạng ngữ nhân năng nết sổ toán trạng tình
        tính tư tẩu từ vi xách điện đảng để đồng
        tít mù mắt thò tắp
        tíu tít
        tò he mò te vò
        tòm tem tõm tọp
        tòng phạm quân tong tọc
        tóc gáy mai máu mây ngứa rễ sâu sương tai thề tiên tơ xanh đuôi
        tóm cổ lược lại tém tắt
        tóp mỡ ta tép tòm tọp
        tô ba buýt con du giới hô hồng mộc nô vẽ điểm
        tôi luyện tối
        tôm bông càng he hùm rảo rồng sú thẻ tép
        tôn chỉ giáo kính nghiêm sùng thờ ti trọng tạo vinh xưng
        tông cốt miếu phái tích tốc tộc đơ đường đồ
        tù binh cẳng giam hãm mù nhân treo tì túng tội và đày đầy đọng
        tùm hum hụp lum tũm
        tùng hương phèo tiệm xẻo
        tú bà hụ lơ tài ụ
        túc khiên trái trực túc tắc xá
        túi bóng bụi du dết mật tham tiền xách
        túm tụm
        túng bấn quẫn thiếu thế
        tăm dạng hơi tia tích tắp tối
        tăng bo cường gia giá lữ ni sản tiến trưởng trọng tả tốc viện âm
        tĩnh dưỡng học lặng mạch mịch toạ trí tâm tại vật điện
        tơ hoá hào hồng lụa màng mơ rưng tưởng tằm tổng vò vương
        tơi bời tả tới
        tư biện bản chiều chất cách dinh doanh duy hợp hữu liệu lệnh lợi lự nhân pháp sản thông thù thương
        tư thế thục trang tình túi tưởng vấn
        tưng bừng hửng tưng tức tửng
        tươi cười hơn mát nhuận roi rói sáng sống thắm trẻ tắn tỉnh tốt vui
        tươm tất
        tương học hỗ hợp khắc kị kỵ lai phản quan thân thích truyền trợ tàn tác tư tự xứng ái đương đối đồng
        tương ớt ứng
        tước đoạt
        tưới tiêu tắm
        tướng cướp lĩnh mạo sĩ số tá
        tướt bơ
        tường bao giải hoa minh thuật trình tận vi
        tưởng bở chừng hoá nhớ niệm tượng và vọng
        tượng binh hoá hình học luận thanh thuỷ trưng đài
        tạ thế
        tại chỗ chức gia khách ngoại ngũ sao trận xã ảo
        tạm biệt bợ chi cư thu thời trú trữ tuyển vắng ước ứng
        tạnh ráo
        tạo dựng hoá hình học lập máy mẫu vật
        tạp chí chất dề giao hoá hôn kĩ kỹ nhạp phí phẩm văn vụ âm ăn
        tả biên chân khuynh ngạn thực tơi
        tải thương trọng điện
        tản cư mác mát mạn thực văn
        tảng lờ sáng
        tảo hôn mộ tần
        tấm bé lợp tắc tức
        tấn công phong tới xã
        tấp nập tểnh
        tất bật cả nhiên niên thắng tưởi tả tần tật yếu
        tầm bậy cỡ gởi gửi mắt nhìn phào sét súng thước thường tã tầm vóc vông xuân xích
        tần mần ngần suất số tảo tật
        tầng bậc cơ học kiến lớp mây nấc ozone
        tầu bay
        tầy liếp trời đình
        tẩm bổ quất
        tẩn mẩn
        tẩu mã thoát tán
        tẩy chay não rửa trang trừ uế xoá
        tậm tịt
        tận cùng dụng hưởng lực mắt số tay thu thế tuỵ tâm tình
        tập dượt huấn hậu họp hợp kích kết luyện ngữ quyền quán san sinh sự thể tin trung trận tàng tành
        tập tính tễnh tọng tục viên vở đoàn đại
        tật nguyền
        tắc họng kè lưỡi nghẽn ráng tam trách tị
        tắm giặt gội rửa táp
        tắp lự
        tắt kinh mắt ngóm ngấm thở đón
        tằn tiện
        tằng hắng tịu
        tặc lưỡi
        tặng phẩm thưởng vật
        tẹp nhẹp
        tẻ lạnh ngắt nhạt
        tẻo tèo
        tẽn tò
        tế bào ca hoá hàng học lễ mới ngữ nhị thị tri tự
        tết dương nguyên nhất ta tây âm
        tếu táo
        tề chỉnh tựu
        tềnh toàng
        tễ học
        tệ bạc hại mạnh nạn
        tệp tin
        tỉ dụ giá lệ mẩn mỉ như phú suất số ti trọng tê
        tỉa tót
        tỉnh bơ giấc hội khô lẻ lị lộ lỵ ngộ ngủ như thành táo uỷ đoàn đòn
        tị hiềm nạn nạnh
        tịch biên diệt mịch thu đoàn
        tịnh giới tiến vô xá độ
        tịt mít ngòi
        tọc mạch
        tỏ tình tường vẻ
        tỏi gà tây
        tỏng tòng
        tố chất cáo cộng giác hoá hộ khổ nữ tụng viên
        tốc hoạ hành kí ký lực độ
        tối cao dạ giản huệ hậu khẩn kị kỵ mò mù mật mắt mịt ngày om sầm thiểu thượng trời tân tăm đa đất ưu
        tốn kém
        tống cổ giam khứ tiền tiễn táng tình đạt
        tốp ca
        tốt bụng giọng lành mã nghiệp ngày nhịn nái nết phúc số tính tươi đen đôi đẹp
        tồ tồ
        tồi tàn tệ
        tồn bảo dư giữ kho khoản lưu nghi quĩ quỹ tại vong đọng ứ
        tồng ngồng tộc
        tổ bố chức dân hợp khúc ong quốc sư tiên trưởng tôm viên đỉa đổi ấm
        tổn hại phí thương thất thọ
        tổng biên bãi bí chi chỉ công cộng cục diễn duyệt dự giám hoà hành hội hợp kho khởi khủng kim kết
        tổng liên luận lãnh lượng lực ngân nha phát phản phổ quát sản sắp số tham thanh thu thuật thành thư
        tổng thể thống tiến tuyển tư tấn tập vệ đài đại đội động
        tộc chủ danh dân hoá học người phả thiểu trưởng đa
        tội danh gì lỗi nghiệp nợ phạm trạng tình vạ ác
        tột bậc bực cùng đỉnh độ
        tới hạn lui tấp
        tờ gấp mờ rơi trình
        tở mở
        tởm lợm
        tợn tạo
        tụ cư huyết họp hội tập xoay điểm điện
        tục danh lệ ngữ truyền tĩu tằn
        tụng dân hình niệm
        tụt dốc hậu
        tủ chè chữa li ly lạnh lệch sách tường đá đứng
        tủi cực hổ hờn nhục thân
        tủm tỉm
        tủn mủn
        tứ bình bề chi chiếng diện giác kết linh lục ngôn phía phương quí quý sắc thiết thân thư tung tuyệt
        tứ tán xứ đức
        tức cười giận khí khắc là mình thì thời tưởi tốc tối
        từ a bi biệt bỏ chung chương chối chức giã hoá hôn hư học khoá khuynh kiêng loại láy nguyên ngữ
        từ nhiệm phản riêng thiên thiện thông thạch trái trường trần tính tố tốn tổ từ vị vựng xa điển đường
        từ đồng
        từa tựa
        từng lớp trải
        tử biển bột chiến cung diệp huyệt hình học nang ngoại ngữ nạn sĩ số thi thù thương thần trận tuất tù
        tử tước tế tội vi vong vì vận địa
        tửu lượng
        tự biên cao chinh chủ có cường cảm cấp do dưng dưỡng dạng giác hoại hành hào học khắc kiêu lập lực
        tự mãn nguyện nhiên nhủ nó phát phụ phục quyết quyền quản sinh sát sự thiêu thuật tháp thân thú thị
        tự ti tin tiện truyện trào trầm trị trọng tình tôn túc tại tử vấn vẫn vệ xưng ái ý điền đắc động
        tựa hồ
        tựu trung trường
        tỳ bà thiếp vị
        tỵ nạnh
        tỷ dụ giá lệ mỉ như phú suất số thí trọng đối
        u buồn hoài mê nang sầu trầm tịch tối u uất uẩn xơ ám ơ ẩn
        ui ui
        um tùm
        un đúc
        ung bướu dung nhọt thư ủng
        uy danh hiếp linh lực nghi nghiêm phong quyền thế tín vũ
        uyên bác thâm ương
        uyển chuyển ngữ
        uất hận nghẹn ức
        uẩn khúc
        uế khí tạp
        uể oải
        uốn câu dẻo khúc lượn nắn tóc ván éo
        uổng phí
        uỳnh uỵch
        uỷ ban mị mỵ nhiệm quyền thác trung trị viên
        va chạm li quệt thu vấp vất vắt đập
        vai cày trò vế
        van an lơn lạy nài vát vỉ xin
        vang dậy dội lừng vọng động
        vanh vách
        vay lãi mượn
        ve sầu ve vãn vẩy áo
        ven nội đô
        veo veo
        vi chất cảnh khuẩn khí lượng mô mạch nấm phân phạm phẫu sinh sóng thể tiểu trùng tính vu vút xử điện
        vinh danh dự hạnh quang qui
        viêm nhiễm
        viên chức ngoại nhiếp nước phân thường tịch
        viếng thăm
        viết lách tay
        viển vông
        viễn chinh chí cảnh du dương thám thông thị tưởng vọng xứ
        việc gì làm đã
        viện binh bảo dẫn hàn kiểm phí quí quý sĩ trưởng trợ
        việt dã vị
        vo ve viên vo
        voi biển giày
        voice chat mail
        volt kế
        von vót
        vong bản hồn linh lục mạng niên ân
        vu cáo hồi khống oan qui vu vơ vạ
        vua phá
        vui chân chơi lòng miệng mắt mừng nhộn sướng tai thích thú tính tươi vầy vẻ đùa
        vun bón quén trồng vào vén vút xới đắp
        vung thiên tàn vãi vít vảy vẩy
        vuông góc tre vắn vức
        vuốt mắt râu ve đuôi
        và chuyển lòng lặt lờ vùng văn
        vài ba
        vàng anh bạc choé cốm hoa hoe hươm hồ hực khè khé lá lưới lụi mã mười ngọc ròng rộm son trắng tâm
        vàng tây võ vọt xuộm đen ệch ối
        vành khuyên khăn móng vạnh đai
        vào cuộc cầu hùa khoảng sổ tròng vai đâu đấy đề
        vày cầu
        vá víu
        vác mặt
        vái lạy
        ván ngựa thiên thôi
        váng vất
        váy xoè áo đầm
        vân vê
        vâng dạ
        vây bọc bủa cánh hãm kinh ráp ép
        vãi linh
        vãn cảnh hồi
        vãng lai
        vè vè
        vèo vèo
        vé số
        véo von
        vét tông xi đĩa
        vên vên
        vênh vang vác váo vênh
        vêu vao
        vì chống cầu kèo nể sao thế vậy đạo
        ví dù dầu dặm dụ như phỏng thử von
        vía van
        vò võ vẽ xé
        vòi hoa nước rồng sen voi vĩnh vọi
        vòm miệng trời
        vòn vọt
        vòng bi cung hoa kiềng loại nguyệt quanh tay tránh tròn vo vây vèo vòng đai đệm
        vóc dáng dạc vạc
        vô biên bào bổ bờ can chính chủ chừng cùng căn cơ cảm cớ cực danh duyên dụng giá giáo hiệu hình hại
        vô hạn hậu học hồn khối kì kể kỉ kỳ kỷ liêm lo loài luân luận lê lí lý lăng lương lại lễ lối nghiệm
        vô nghĩa nguyên ngần nhân phép phúc phương phước sinh song sản sỉ số sự thanh thiên thần thời thức
        vô thừa tri trách trùng tuyến tâm tình tích tính tư tận tỉ tổ tội tỷ vàn vị vọng ích ý điều đạo địch
        vô định độ ơn
        vôi bột chín hoá sống tôi
        vông vang
        võ công khí lâm lực nghệ phu sinh sĩ sư thuật trang vàng vẽ đoán đài đường
        võng mạc
        vùi dập đầu
        vùn vụt
        vùng biên biển cao kinh lõm sâu trời ven và vẫy vằng xa đất đệm
        vú cao sữa vê đá
        văn bia bản bằng chương chỉ chủ công cảnh hiến hoa hoá hào học khố kiện liệu minh miếu nghệ ngôn
        văn phong phòng thơ thư thể tế tự võ vần vật vẻ xuôi
        văng mạng tê tục vắng vẳng
        vĩ mô ngâm nhân thanh tuyến tố đại độ
        vĩnh biệt cửu hằng viễn
        vũ bão công hội khí khúc kế kịch lực nữ phu sư thuỷ trang trường trụ điệu đoàn đài đạo
        vũng tàu
        vơ váo vét vất vẩn
        vơi đầy
        vươn mình
        vương giả miện phi quốc triều tướng vãi víu vướng vấn vất
        vướng bận mắc víu vất
        vườn bách quốc trường tược địa ươm
        vượn người
        vượt biên bậc bực cạn cấp ngục rào trội tuyến
        vạ lây miệng vật vịt
        vạc dầu
        vạch mặt trần
        vạm vỡ
        vạn chài hoa niên năng thọ tuế vật đò
        vả chăng lại
        vải bò giả kiện nhựa thiều vóc
        vảy nến
        vấn nạn vít vương đáp đề
        vấp ngã váp
        vất va vưởng vả
        vần chân công lưng ngược vè vò vũ vụ xuôi
        vầng dương đông
        vầy vò vậy
        vẩn vơ đục
        vẩy nến
        vẫy gọi vùng
        vậm vạp
        vận chuyển dụng hành hạn hội khí mạng mệnh số trù tải tốc xuất đơn động
        vật bậc bỏ chất chủ chứng có cảnh giá giáo hấp học kính linh liệu lí lý lộn lực mang nguyên nuôi nài
        vật phẩm thể tư tự vã vờ
        vậy mà
        vắn tắt
        vắng bặt hoe lặng mặt ngắt tanh teo tin tiếng vẻ
        vắt sổ va vẻo óc
        vằn thắn vèo vện
        vằng vặc
        vặn vẹo
        vặt vãnh
        vẹc bông
        vẹn nguyên toàn tròn
        vẹo vọ
        vẻ vang
        vẻn vẹn
        vẽ chuyện vời
        vết chàm thương tích xe
        về vườn
        vệ binh quốc sinh sĩ tinh
        vỉ buồm ruồi
        vỉa hè
        vị chi chủng giác hoá học kỉ kỷ lai lợi ngữ nể phóng tha thành thế tiền toan toàn trí từ điều đo
        vịt bầu cỏ trời xiêm đàn
        vọc vạch
        vọng cổ gác ngoại
        vọp bẻ
        vỏ bào chai lải lụa não
        vỏn vẹn
        vốn cố dĩ liếng lưu pháp sống tự điều
        vồ vập ếch
        vồn vã
        vỗ béo mặt ngực tay về
        vội vàng vã
        vớ bẫm bở vẩn
        với lại lửa
        vớt vát
        vờ vĩnh vịt
        vời vợi
        vởn vơ
        vỡ bụng chợ giọng hoang kế lòng lẽ lở mộng nợ vạc
        vợ bé chưa chồng con cả kế lẽ lớn nhỏ
        vụ chủ khanh lợi quân trưởng viên việc
        vụn vặt
        vụng dại trộm về
        vừa lòng miệng mắt mồm mới nãy phải qua rồi vặn ý
        vữa bata
        vững bền bụng chãi chắc dạ lòng mạnh tâm vàng
        vựa lúa
        vựng học
        watt kế
        wide web
        world cup wide
        xa bô cách gần hoa khơi lánh lìa lông lăng lạ lắc lộ ngái rời tanh thẳm tít tắp vắng vời xa xí xôi
        xa xúng xăm xưa xẩn xỉ
        xam xám
        xanh biếc cỏ hoà lam lè lét lơ lướt mét mắt ngắt om rì rớt rờn tuya tươi um xao
        xao xuyến xác động
        xay gió xát
        xe buýt bãi bò bọc bồn ca con cút cơ cải cộ du gíp gắn hoa hơi jeep khách kéo lam lu lăn lội máy
        xe ngựa nôi nước pháo quệt song thồ thổ téc tăng tải ôm điếu đạp đổ
        xem bói chừng khinh lại mạch mặt ngày ra tay thường trọng tuổi tướng tử xét
        xen canh cài kẽ lẫn
        xeo xéo
        xi lanh líp măng nhan rô ta
        xin lỗi quẻ xỉn xỏ âm đểu đủ
        xinh tươi xinh xắn xẻo đẹp
        xiên khoai xẹo
        xiêu bạt lòng vẹo xiêu
        xiết bao nợ
        xiềng gông xích
        xo ro
        xoa bóp dịu
        xoay chiều chuyển trần trở vần xoả xở
        xoen xoét
        xoi mói xói
        xon xón xót
        xong chuyện xuôi xả đời
        xoài cát cơm quéo thanh tượng voi
        xoàng xĩnh
        xoành xoạch
        xoá bỏ mù nhoà sổ đói
        xoáy ốc
        xoèn xoẹt
        xoắn khuẩn xuýt ốc
        xu chiêng hướng nịnh thế thời xoa
        xua tan đuổi
        xui khiến xẻo
        xun xoe
        xung khắc kích lượng lực phong quanh trận yếu điện động đột
        xuyên khung táo tâm tạc
        xuân nữ phân sắc xanh
        xuê xoa
        xuôi chiều ngược tai
        xuýt xoa
        xuất bản chúng cảng cảnh gia hiện huyết hành khẩu kích ngoại ngũ nhập phát quân siêu sắc thân thần
        xuất thế tinh toán trình viện xưởng xứ
        xuề xoà
        xuềnh xoàng
        xuống cân cấp dốc giống lỗ mã nước tay thang tóc đường
        xuồng ba
        xà beng bông cạp cột cừ gồ kép lim lách lạch lệch lỏn lộn ngang phòng rông tích xì xẻo ích đơn
        xài phí
        xàng xê
        xào nấu xáo xạc xạo
        xá xíu xị
        xác chết lập minh nhận suất thịt thực tín vờ xơ đáng định
        xách mé tay
        xám ngoét ngắt xịt
        xán lạn
        xáo trộn xác động
        xâm canh chiếm hại lăng lược lấn nhập phạm thực xấp xẩm
        xâu chuỗi xé
        xây cất dựng lắp xẩm đắp
        xã giao hội luận nhân nông viên đoàn
        xè xè
        xèn xẹt
        xé lẻ phay rào xác
        xén tóc
        xép xẹp
        xét duyệt hỏi lại nghiệm nét xử đoán
        xê dịch ri xích
        xênh xang
        xì căng dầu gà hơi ke xoẹt xà xào xèo xầm xị xồ xục xụp
        xình xịch
        xí bệt nghiệp xa xoá xổm xớn
        xích lô mích thố vệ xiềng đu đông đạo đới
        xíu mại
        xó xỉnh
        xóc xách đĩa
        xói lở mòn móc
        xóm giềng liều làng
        xóp xọp
        xót ruột thương xa
        xô bồ viết xát đẩy
        xôi gấc lúa ngô thịt vò xéo
        xôm xốp
        xôn xao
        xông hơi pha xáo xênh đất
        xù xì
        xùng xình
        xú uế
        xúc cảm giác phạm tiến tu tác xiểm xích động
        xúi bẩy giục quẩy
        xúm xít
        xúng xa xính
        xăm xúi xăm xắm xắn xắp
        xăng văng xái đan
        xơ cua cứng gan hoá mít múi rơ vữa xác
        xơi tái xơi
        xơn xớt
        xưa nay
        xưng danh hô tội tụng xưng
        xương bồ chậu cá cùng cốt cụt máu quai rồng sông sống tuỷ xương xẩu đòn
        xước măng
        xướng hoạ âm
        xường xám
        xạ có hương không kích thủ trị
        xạc xào
        xả hơi láng thân đông
        xảo quyệt thuật trá
        xấc láo xược
        xấp xoã xỉ
        xấu bụng chơi hổ số tính xa xí
        xầm xì
        xẩm xoan
        xập xoè xình
        xắc cốt
        xắm nắm
        xắn móng
        xắng xở
        xằng bậy
        xẹo xọ
        xẹp lép
        xẻn lẻn
        xế bóng chiều tà
        xếp bằng dọn dỡ hàng hạng xó đặt ải
        xề xệ
        xềm xệp
        xềnh xoàng xệch
        xệch xạc
        xỉ phẩm vả
        xỉa xói
        xỏ lá mũi xiên
        xốc nổi vác xếch
        xối xả
        xốn xang
        xốp xồm xộp
        xốt vang
        xồm xoàm xộp
        xồng xộc
        xổ số
        xộc xệch
        xớ rớ
        xới xáo
        xởi lởi
        xủng xoảng xẻng
        xứ sở đạo
        xứng đáng đôi
        xử lí lý phạt sự thế thử trí tử
        xửng vửng
        y bạ bản cụ giáo hệt học khoa lí lý lệnh môn nguyên như phục sinh sì sĩ thuật trang tá tế vũ vụ án
        y đức
        yên giấc lành lòng lặng nghỉ phận thân trí tâm tĩnh vui vị ả ấm ắng ổn
        yêu chiều chuộng cầu dấu kiều mến nước quái quí quý sách thương tinh đương đời
        yếm dãi khí thế
        yến anh mạch sào
        yết giá hầu hậu kiến
        yếu hèn kém lĩnh mềm phẩm thế tố xìu đuối địa ớt
        yểm hộ trợ
        yểu tướng điệu
        à uôm ì õng ù ơi ưỡn ậm ẽo ọp ỏn
        ào ào ạt
        á hậu kim sừng à
        ác bá chiến cái cảm hiểm hại khẩu liệt là miệng mỏ mộng nghiệp nghiệt thú thần tính ôn ý độc
        ách tắc
        ái chà hữu mộ nam ngại nữ quốc tình ân
        ám chỉ hiệu hại muội quẻ sát thị ảnh
        án mạng ngữ phí thư treo
        áng chừng
        ánh kim luận sáng ỏi
        áo ba bay bào bìa bông choàng cà cánh cưới cối dài gai giáp gió hạt khoác khách khăn kén lá lót lặn
        áo lọt mưa nhộng năm nước nậu phao phông pull pun quan quần rét rộng sô tang thụng trấn tơi tắm tế
        áo tứ vệ xống đại đầm ấm
        áp bức cao chót chảo dụng giá giải kế lực phe phích suất thuế thấp tải út điện đảo đặt
        át chủ
        áy náy
        âm binh bản bội chủ cơ dương hưởng học hồn hộ khu luật lượng lịch mưu nang nhạc pháp phủ sắc thanh
        âm thoa thầm ti tiết ty tính tần tố từ u vang vật vị vực âm điệu đạo đức ấm ẩm ỉ
        ân cần huệ hận nghĩa nhân tình xá ái đức
        âu lo là nổi phục sầu thuyền tàu yếm đất
        è cổ ạch
        èo uột
        ém nhẹm
        éo le
        ép buộc giá lòng nài uổng xác
        ê a chề chệ cu hề ke kíp mặt tô ẩm
        êm dịu ro ru rơ thấm xuôi ái đẹp đềm ả ấm
        ì oạp xèo à ạch ầm
        ìn ịt
        ình oàng
        í a oẳng ới
        ích kỉ kỷ lợi mẫu xì
        ít lâu nhiều nhất nữa ra thì ỏi
        òng ọc
        ó cá
        óc bã bè ách đậu
        óng a chuốt mượt ánh ả
        ô dù hay hợp kê kìa liu mai môi nam nhiễm nhục rô trắng trọc tô uế văng đỏ
        ôi chao dào thôi
        ôm chân chầm đồm ấp
        ôn con dịch hoà luyện tập tồn vật đới
        ông ba bà bầu cha chồng công già hoàng mãnh phệnh táo tổ từ vải xanh xã địa ổng
        ôxy già hoá
        õng a à ẹo
        ù cạc lì té xoẹ à ù ờ
        ùn tắc ùn
        ùng oàng ục
        ú a tim tro ù ớ
        úi chà dà dào
        úm ba
        úng ngập thuỷ
        úp mở thìa
        út ít
        ý chí chừng dĩ kiến muốn nghĩ nghĩa nguyện nhị niệm thức tưởng tứ vị định đồ
        ăm ắp
        ăn bám báo bẩn bẫm bận bớt chay chia chơi chặn chẹt chịu chực cám cánh cướp cắp cỗ diện dày dè ghém
        ăn gian giá giải gỏi hiếp hàng hại học hỏi hối hớt khách không khớp kiêng liền lái lường lận lỗ lời
        ăn may mày mòn mảnh mặc mừng người nhập nhậu nhằm nhịp nói năn nằm phải quả quỵt rơ rỗi rở sương
        ăn theo thua thông thề tiêu tiền trái trả trầu trộm tạp uống vay việc vã vạ vụng xin xài xổi ý đong
        ăn đường đất đậm đủ đứt ở
        ăng ẳng
        đa biên bào bội canh chiều chương cảm cấp diện dâm dạng dụng giác hệ khoa luồng mang mưu nem nghi
        đa nghĩa nguyên ngôn ngữ nhiệm năng phu phương phần sầu số sự thê thần thức tiết tài tình túc tư xử
        đa đa đú đủng
        đai chậu truyền trắng ốc
        đam mê
        đan chéo cài kết lát xen
        đang tay tâm
        đanh thép đá
        đao búa cung kiếm phủ
        đau buồn khổ lòng nhói thương xót yếu điếng đáu đầu đớn ốm
        đay nghiến ấn
        đe doạ nẹt
        đem lòng
        đen giòn kịt lay lánh láy nghìn nghịt ngòm nhay nhánh nháy nhưng nhẻm nhức sì thui trùi trũi tối đét
        đen đúa đủi
        đeo bám đuổi đẳng
        đi bước bụi chăng chứ cầu giải hoang khách lò lại nghề ngoài nữa phép rửa sát sâu tiêu tiểu tu tua
        đi tơ tả tắt văng đêm đôi đại đạo đất đằng đồng đời đứng đứt ở
        đinh ba cúc ghim hương khuy lăng ninh râu rệp tai thuyền tán vít đỉa ấn ốc
        điên cuồng dại khùng loạn rồ tiết điển đảo đầu
        điêu khắc linh luyện ngoa toa tàn đứng
        điếc lác lòi đặc
        điếm canh nhục
        điếu bát cày văn đóm ống
        điềm nhiên tĩnh đạm
        điền dã kinh thanh
        điều biến chuyển chế chỉnh dưỡng giải hoà hành khiển khoản kinh kiện luật lệ lệnh nghiên phối tiếng
        điều tiết tra trần trị tốc vận áp đình độ động ước
        điểm báo cao chuẩn danh huyệt mù nhìn nóng sàn sách tâm tựa xuyết xạ ảnh
        điển bách cố giải hình học song trai trực tích tường điện
        điểu học
        điện báo châm cơ cực dung hoa hoá khí kế li ly lưới lượng lạnh lực máy môi một nghiệm ngầm não năng
        điện phân quang sinh thanh thoại thế tim toán trường trở tâm tích tín từ tử văn xoay áp đài đàm đóm
        điện động ảnh
        điệp báo khúc ngữ trùng viên vận điệp
        điệu bộ hoá nghệ này đà đàng
        đo góc lường ván đạc đếm đỏ
        đoan ngọ trang
        đom đóm
        đon đả
        đong đưa
        đoàn bộ chủ kết lạp ngoại phí quân thể trưởng tụ viên vàng
        đoái hoài
        đoán chừng định
        đoạ đày
        đoạn luận tang thẳng toa tuyệt
        đoản côn cú kiếm mạch mệnh ngữ trình đao
        đoảng vị
        đu bay quay đưa đủ
        đua chen tranh đòi
        đui mù đèn
        đun nấu
        đung đưa
        đuôi cờ gà nheo sam từ
        đuểnh đoảng
        đuốc tuệ
        đuồn đuỗn đuột
        đà lật tàu đao điểu đù đủng
        đài bay các hoa hoá khí nguyên nước phát thiên thọ truyền đóm
        đàm phán thoại tiếu đạo
        đàn anh bà bầu em hương hồi kìm môi nguyệt nhật sáo sến tam thập tranh tràng tàu tì tính tơ tứ tỳ
        đàn xếp áp ông đá đáy đúm ống
        đàng hoàng sá xa điếm
        đành hanh lòng rằng đạch
        đào bới hoa lộn mỏ ngũ nhiệm sâu thải tạo xới
        đày đoạ ải
        đá ballast bọt cuội dăm hoa hộc lửa magma mini mài nam ong phiến quý rửa tai trầm trụ tảng vách vôi
        đá đít đưa ốp
        đái dầm dắt láu tháo đường
        đám cưới hỏi hội ma tang xá
        đáng giá kiếp kể lí lý lẽ ra tội đời
        đánh bài bò bóng bạc bại bạn bạo bạt bật bắt bộ chim chác chén chính cuộc cá công cược cắp du dấu
        đánh ghen giá giáp gió gần gục hào hôi hơi hỏng khơi liều lộn lộng lừa lửa máy mùi nguội nhịp phá
        đánh phấn quả rơi rắm suốt số thuê tháo thọc thức tiêu tiếng tráo trận trống tung vòng võng vần vận
        đánh vật vỗ úp đu đuổi đàng đòn đôi đùng đĩ đơn đường đấm đầu đập đố đồng đổ đổi động đụng ống
        đáo hạn nợ để
        đáp nghĩa số từ án ứng
        đáy bể
        đâm bổ chém hông ra sầm đơn đầu
        đâu ra vào đâu đây đó đấy
        đây đó đẩy
        đã rồi đành đời
        đãi bôi ngộ viên
        đãng trí
        đè bẹp nén
        đèm đẹp
        đèn ba biển bán bão cao chiếu chùm chớp cù cảm cầy cồn dù hiệu hoa huỳnh hình khí kéo ló lồng măng
        đèn neon pha pin vàng xanh xì xếp điện đuốc đóm đất đỏ ống
        đèo bòng hàng đẽo
        đê bao biển bối hèn kè mê mạt quai tiện điều
        đêm hôm ngày trường trừ tối đêm
        đì đoành đùng đẹt
        đình bản chiến chỉ chủ công sản trung trệ trị đám đốn
        đìu hiu ríu
        đích danh luận thân thị thực tôn xác đáng
        đính chính hôn ước
        đò dọc giang ngang đưa
        đòi hỏi
        đòn bẩy càn gió gánh tay vọt xeo xóc ống
        đòng đong đòng đọc
        đó đây
        đói giảm khát khổ kém meo nghèo ngấu rách veo
        đón chào dâu nhận rước tiếp đòng đưa đầu
        đóng băng chai cửa dấu gói góp hộp khung kịch thùng đô
        đô hộ la thị vật đốc
        đôi chút co hồi khi lứa mươi thạch
        đôm đốp
        đôn hậu quân đáo đốc
        đông bán chí du dược lạnh nghìn nghẹt nghịt xuân y đúc đảo đặc đủ
        đù mẹ đà đờ
        đùa bỡn cợt giỡn nghịch với
        đùm bọc túm
        đùn đẩy
        đùng một đoàng đình đùng đục
        đú mỡ đa đởn
        đúc kết rút
        đúng mức mực ra đắn
        đút lót nút túi
        đăm chiêu đăm đắm
        đăng cai kiểm kí ký nhập quang ten tải đàn đó đắng
        đĩ bợm rạc thoã tính điếm
        đĩa bay compact cứng hát hình mềm quang từ đệm
        đĩnh đạc
        đũa bếp cả
        đơm đặt
        đơn bào bạc bản bội ca chiếc chất côi cử giá giản lập lẻ nguyên nhất phương sơ sắc thuần thân thức
        đơn tiết trị tính từ tử vị điệu độc
        đưa dâu ma mắt tang tiễn tình đám đón đẩy
        đương chức kim lượng nhiên nhiệm qui quy quyền sự thì thời đại đầu
        đười ươi
        đườn đưỡn
        đường bay biên biển băng bệ bộ cao chim chéo cong cái cát dây dẫn goòng gấp hoàng huyết hàng hướng
        đường hầm không kính luật lánh lối máu mòn mật ngào ngôi ngắm nhựa nét phân phèn phên phố phổi quốc
        đường ray sinh sá sông sắt thi thuỷ thẳng tiếng tiệm trung tròn trường trắc trục tỉnh vành xoáy xoắn
        đường xương đoản đôi đường được đạn đất đồng đột ống
        được cái giá lòng mùa thể việc
        đại bi binh biểu biện bàng bác bại bản bịp bộ bợm ca cao chiến châu chúng cà cán công cương cử diện
        đại dương dịch gia gian hoàng hoá hoạ hàn hạn học hồi hồng hội khái liên loại lãn lí lý lược lượng
        đại lễ lộ lục mạch nghĩa nghị nguyên não nạn phu phẫu qui quy quát quân sảnh số sứ tang thành thánh
        đại thắng thể thọ thụ thừa thử tiệc tiện trà tràng tu tuyết tuần tài tá táo tư tướng từ tự uý xa xá
        đại ý đa đao đoàn để đồ đồng đội đức
        đạm bạc
        đạn bọc dumdum dược ghém lõm nổ xuyên đạo
        đạo bà cao cụ diễn giáo hindu hiếu hàm hạnh hồi islam khổng kitô luật lão lí lý mạo nghĩa pháp phật
        đạo quân sinh sĩ thiên tin ôn đức
        đạp bằng lôi mái đổ
        đả kích phá thông đảo động đớt
        đảm bảo nhiệm nhận trách đang đương
        đảng bộ kì kỳ phái phí sâm trị tính tịch uỷ viên vụ đoàn
        đảo chánh chính lộn ngói ngũ ngược nợ phách quốc điên điện
        đấm bóp họng mõm đá
        đất cát dụng hiếm hứa liền màu nhẹ nung nước nặng sét sứ thánh thó thịt đai đèn đỏ ơi
        đấu dịu giao giá khẩu loại lí lý pháp sĩ thầu thủ tranh trí trường tố vòng võ vật đá
        đầm phá quốc xoè đìa đậm ấm
        đần dại độn
        đầu bài bò bảng bếp cuối câm cơ dài ghi gấu gối hàng hôm hồi lâu lòng lưỡi lọc máy mấu mẩu mặt mối
        đầu mục ngắm ngựa não nước nậu phiếu quân ra rau ruồi rìu sai sách sỏ tay thai thú thống tiên trò
        đầu trẻ tàu têu tư tầu từ video vào xanh óc đanh đinh đuôi đàn đảng đề đọc đỏ độc ối
        đầy năm rẫy tháng vơi đoạ đặn đủ ải ắp
        đẩy lùi mạnh
        đẫn đờ
        đẫy đà
        đậm nét đà đặc
        đập hộp tan
        đậu bắp cô dải gà hà hũ khấu lào mùa ngự nành phộng phụ phụng rồng trắng tây tương ván xanh đen đãi
        đậu đũa đỏ
        đậy điệm
        đắc chí cử dĩ lực sách thắng ý đạo địa
        đắm chìm say đuối
        đắn đo
        đắng cay chằng nghét ngắt
        đắp điếm đổi
        đắt giá đỏ
        đằm thắm
        đằng chuôi giời hắng ngà thằng trời đầu đằng đẵng ấy
        đẳng cấp cấu hướng lập nhiệt phương thế thức tiểu tích áp
        đặc biệt chế chủng cách công dụng hiệu hữu khu kĩ kịt kỹ lợi mệnh nhiệm phái quyền san sản sắc sệt
        đặc thù trách trưng trị tính tả vụ xá ân điểm
        đặt chân cược cọc hàng vòng điều
        đẹp duyên giai lão lòng mắt mặt trai đôi đẽ
        đẻ non đái
        đẽo gọt
        đế chế quốc vương
        đếm chác nhị thập xỉa
        đến cùng nơi nỗi tết z điều
        đề bài bạt can cao cương cập cử dẫn huề kháng mục nghị phòng tài từ tựa xuất xướng án đóm đạt
        đền bù mạng tội đài đáp ơn
        đều đặn
        để bàn bụng chỏm dành mắt phần tang trị tâm ý
        đểnh đoảng
        đểu cáng giả
        đệ trình tử
        đệm bóng
        đỉa hẹ mén trâu
        đỉnh cao điểm
        địa bàn chi chánh chí chính chấn chất chỉ cầu cốt danh dư giới hoàng hoá hình hạt học lan liền lí lý
        địa lợi mạch mạo mỏ ngục nhiệt phương phận sinh thế triều tĩnh tầng từ vật vị vực y điểm đàng đạo
        địa đầu ốc
        địch hoạ hậu thủ vận
        định bụng canh chuẩn chế cư danh dạng giá hình hướng khung kiến kì kỳ liệu luận luật lí lý lượng
        định mệnh mức nghĩa ngữ sơ thư thần thức tinh trị tuyến tâm tính tội vị xứ đoạt đô đề ước ảnh
        địt mẹ
        đỏ au bừng chon choé chói chót con gay hoe hoen hon hoét hỏn khè kè loét lòm lừ lửa lựng ngầu nhừ
        đỏ quành quạch rực đen đuôi đèn đòng đắn đọc ối ửng
        đỏm dáng
        đỏng đảnh
        đố kị kỵ
        đốc chứng công giáo học suất thúc thẩm điều
        đối chiếu chất chọi chứng diện kháng lưu lập mặt nghịch ngoại ngẫu nội phó phương sách số thoại thủ
        đối trọng tác tượng với xứng xử đáp đãi đầu đỉnh địch ứng
        đốm nâu
        đốn kiếp mạt đời
        đốp chát
        đốt cháy ngoài phá sống trong
        đồ bộ chơi chừng dùng hoạ hàng học hộp lề mát nghề rau sắt sộ thị tể vật án đá đạc đảng đồng
        đồi bại mồi não thị truỵ
        đồm độp
        đồn bót bốt luỹ thổi trưởng điền đãi đại
        đồng bào bóng bạc bạch bằng bệnh bọn bộ ca chí chính chất cân cô cảm cỏ cốt dao diễn dạng hao hoá
        đồng hun huyết hành hương học hồ khởi la liêu loã loại loạt lòng lương lần minh mưu mẫu mắt mức
        đồng nghiệp nghĩa ngũ nhà nhân nhất niên nát nội nữ phân phạm phẳng phục qui quy quê quản ruộng
        đồng thanh thau thiếp thoà thoại thời tiền tiểu trinh tác tâm tình tính tử vị vốn áng âm ý đen điếu
        đồng điệu đại đảng đất đều đỏ đội
        đổ bê bể bệnh bộ dồn hào hồi máu nhào nát riệt thừa vấy vỡ xô điêu đom đốn đồng ải
        đổi chác công màu mới ngôi thay đời
        đỗ quyên trọng đạt
        độ celsius chiếm chuyên chính công cộng dân giáo không kế lao lượng nông ph phong phân phì quân sinh
        độ tây tư tới vong đông ẩm
        độc bình canh chiêu chiếm diễn dược giả hại kế lập miệng mồm mộc nhất quyền thoại thân thần thủ tài
        độc tính tôn tấu tố vận ác đoán đáo đạo đắc địa ẩm
        đội chủ giá hình lốt ngũ quân sổ trưởng tuyển viên địa
        độn thuỷ thổ
        động chạm cơ cỡn dạng dục hoá hình học hớn kinh kí lòng lượng lực mạch ngữ não năng quay quân rồ sản
        động thai thái thổ trời tác tình tĩnh tịnh từ tử viên vật đất đậy đều đồ đội đực
        độp một
        đột biến khởi kích ngột nhiên nhập phá quỵ rập tử xuất
        đới cầu hoá địa
        đớn hèn đau
        đờ đẫn
        đời chót mới nào nó sống thuở thường thủa đầu đời
        đỡ đạn đần đầu đẻ
        đợi chờ
        đụ mẹ
        đục khoét ngầu thân
        đụng chạm đầu độ
        đủ tía
        đủng đa đà đỉnh
        đứ đừ
        đức cha hạnh học tin trị tính ông độ
        đứng bóng cái số tim tuổi tên đường đắn
        đứt bữa gan gãy nối quãng ruột đoạn đuôi
        đừng có
        đử lừ
        đực rựa
        ơ hay kìa
        ơi là ới
        ơn huệ nghĩa đáp ớn
        ư ử
        ưa chuộng nhìn thích
        ưng thuận ý ức ửng
        ưu khuyết thế tiên trương tú tư việt ái điểm đãi
        ươm ướm
        ươn hèn ướt
        ương bướng gàn ngạnh tập
        ước ao chung chừng hẹn lược lượng lệ mong muốn mơ nguyện số tính vọng định
        ướp lạnh
        ướt mèm nhèm rườn rượt sũng sườn sượt át đầm đẫm
        ưỡn a à ẹo
        ạ ơi
        ảm đạm
        ảnh hưởng
        ảo giác huyền mộng não thuật tưởng ảnh
        ấm a chuyên cúng no oái tích ách áp êm đầu ớ ứ ức
        ấn bản giáo hành kiếm loát phẩm quyết tín tượng định độ
        ấp a chiến dân iu úng ủ
        ất giáp
        ấu thơ trùng trĩ
        ầm ì ĩ ầm ừ
        ầng ậng
        ầu ơ
        ẩm không kế mốc sì thấp thực xìu ương ướt
        ẩn chứa dật dụ giấu hiện hoa náu núp nấp số ý ức
        ẩu tả đả
        ậm à ạch ừ ực
        ắc quy
        ắng lặng
        ắt hẳn là
        ằng ặc
        ẵm ngửa
        ẻo lả
        ẽo à ợt
        ế ẩm
        ếch bà nhái
        ề à
        ềnh ễnh ệch
        ễnh ương
        ỉ eo ê
        ỉa chảy
        ỉu xìu
        ọ ẹ
        ọc ạch
        ọp à ẹp
        ỏm tỏi
        ỏn a thót à ẻn
        ốc bươu hương lồi nhồi sên vặn xà đảo
        ối dào
        ốm nghén nhom nhách o xác yếu đau đòn
        ống bô bơ chân dòm khói kính nghe nghiệm nhòm nhổ nói phóng quyển quần tay tiêm xả
        ốp lát lết
        ồ ạt ề ồ
        ồm ồm ộp
        ồn ào ã
        ồng ộc
        ổ bi bụng chuột cắm cứng gà khoá mềm nhóm trâu trục voi đĩa đề đọc
        ổi trâu tàu
        ổn thoả áp định
        ộ ệ
        ộp oạp
        ớt bị chỉ cà hiểm ngọt
        ời ời ợi
        ở cữ goá không lổ mướn riêng rể truồng trần vú vậy đậu đợ
        ỡm ờ
        ụ pháo súng tàu
        ục ịch
        ụt ịt
        ủ bệnh dột rũ ê ấp
        ủn ỉn
        ủng hộ
        ứ hơi hự đọng ừ
        ức chế hiếp đoán
        ứng biến chiến cứu cử dây dụng hoá khẩu lồng lực nghiệm nhà phó trực tuyển tác tấu viên xử đối
        ừ hữ ào
        ừng ực
        ỷ lại
        """
}
