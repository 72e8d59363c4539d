import { Select, type SelectProps } from 'antd';
import { matchesMember, type MemberOption } from './useMemberOptions';

type Props = Omit<SelectProps<number | number[], MemberOption>, 'options' | 'showSearch'> & {
  options: MemberOption[];
  /** Members not to offer here, e.g. the lead among the co-signers. */
  exclude?: number[];
};

/** A member picker searched by name or pinyin initials; one member, or several with mode="multiple". */
export function MemberSelect({ options, exclude = [], ...props }: Props) {
  return (
    <Select<number | number[], MemberOption>
      allowClear
      showSearch={{ filterOption: matchesMember }}
      options={options.filter((o) => !exclude.includes(o.value))}
      notFoundContent="名册中没有这位委员（可按姓名或拼音首字母查找）"
      {...props}
    />
  );
}
