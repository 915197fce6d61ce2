package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrivateDetailsTest {

    private static void masks(String text, String expected) {
        assertEquals(expected, PrivateDetails.mask(text), text);
        assertTrue(PrivateDetails.hasPrivateDetails(text), text);
        assertEquals(expected, PrivateDetails.mask(expected), "masking twice changes nothing: " + expected);
        assertFalse(PrivateDetails.hasPrivateDetails(expected), expected);
    }

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        masks("您反映的问题已转交街道，来电人13812345678请留意回访。", "您反映的问题已转交街道，来电人138****5678请留意回访。");
        masks("联系电话：138 1234 5678。", "联系电话：138 **** 5678。");
        masks("联系电话：138-1234-5678", "联系电话：138-****-5678");
        masks("请拨+8613912345678或+86 139-1234-5678", "请拨+86139****5678或+86 139-****-5678");
        masks("境外来电0086 15912345678", "境外来电0086 159****5678");
        masks("电话13812345678,13987654321均已核实", "电话138****5678,139****4321均已核实");
        masks("Tel:19912345678.", "Tel:199****5678.");
    }

    @Test
    void digitsOfALongerNumberAreNotAPhoneNumber() {
        assertEquals("订单号138123456789已处理", PrivateDetails.mask("订单号138123456789已处理"));
        assertEquals("流水号213812345678", PrivateDetails.mask("流水号213812345678"));
        assertEquals("圆周率3.14159265358", PrivateDetails.mask("圆周率3.14159265358"));
        assertEquals("号码12345678901不是手机号", PrivateDetails.mask("号码12345678901不是手机号"));
    }

    @Test
    void landlinesKeepTheAreaCodeAndTheLastTwoDigits() {
        masks("请致电市文明办0571-88123456咨询。", "请致电市文明办0571-****56咨询。");
        masks("北京热线010-12345678", "北京热线010-****78");
        masks("电话（0571）8812345或(021) 62345678", "电话（0571）****45或(021) ****78");
        masks("总机0571 88123456转801", "总机0571 ****56转801");
    }

    @Test
    void residentIdNumbersKeepTheirFirstThreeAndLastTwoCharacters() {
        masks("举报人身份证号330102199001011234，已登记。", "举报人身份证号330*************34，已登记。");
        masks("身份证33010219900101123X", "身份证330*************3X");
        masks("身份证33010219900101123x号", "身份证330*************3x号");
        masks("旧身份证号330102900101123", "旧身份证号330**********23");
    }

    @Test
    void vehiclePlatesKeepTheProvinceAndTheLetter() {
        masks("车牌号为浙A·12345的车辆已被处理。", "车牌号为浙A·*****的车辆已被处理。");
        masks("京N 8R2X7违停", "京N *****违停");
        masks("新能源车粤BD12345占用消防通道", "新能源车粤B******占用消防通道");
        masks("沪AB123C", "沪A*****");
    }

    @Test
    void emailAddressesKeepTheirFirstCharacterAndDomain() {
        masks("请将材料发送至zhang.san@example.com。", "请将材料发送至z***@example.com。");
        masks("QQ邮箱13812345678@qq.com已收到", "QQ邮箱1***@qq.com已收到");
        masks("Contact li_si+feedback@mail.jiangchuan.gov.cn.", "Contact l***@mail.jiangchuan.gov.cn.");
    }

    @Test
    void severalDetailsInOneReplyAreAllMasked() {
        masks("经核实，居民王某（身份证330102199001011234，电话13812345678）反映的浙A12345占道问题，已由0571-88123456告知。",
                "经核实，居民王某（身份证330*************34，电话138****5678）反映的浙A*****占道问题，已由0571-****56告知。");
    }

    @Test
    void numbersThatAreNotPrivateAreLeftAlone() {
        List<String> texts = List.of(
                "您于2026-11-30 14:30反映的问题，已于2026年12月1日办结。",
                "根据《江川市文明行为促进条例》第12号、第三十五条处理。",
                "日期20261130，受理编号2026-0001。",
                "本次活动共有100000名市民参与，投入资金1380000元。",
                "补贴金额¥12,345,678.90元，利率0.13812345678。",
                "邮编310000，服务热线12345，中国移动10086。",
                "文号：江文明办〔2026〕18号，发文日期2026.11.30。",
                "最新IPHONE手机和新CPU均非车牌，京A股也不是。",
                "浙A1234567不是车牌，浙A123也不是。",
                "会议时间：09:00-17:30，地点：市民中心3楼301室。",
                "来电人已显示为138****5678，邮箱z***@example.com。",
                "共收到1234567890123456条留言。",
                "");
        for (String text : texts) {
            assertEquals(text, PrivateDetails.mask(text));
            assertFalse(PrivateDetails.hasPrivateDetails(text), text);
        }
    }

    @Test
    void nothingToMaskInNothing() {
        assertNull(PrivateDetails.mask(null));
        assertFalse(PrivateDetails.hasPrivateDetails(null));
    }
}
